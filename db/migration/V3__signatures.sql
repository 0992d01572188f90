-- Digital signatures (NĐ 30/2020 Điều 13, Phụ lục I II.7.d): who is to sign a document, who signed
-- it, the two-phase state of a USB-token signature, and the last verification of each document.

-- The signer of a draft. The signature block is rendered from these columns (and signer_name of
-- V2_1, the printed name the register shows), so a chairman who hands the signature to a
-- vice-chairman gets a draft re-rendered with "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
ALTER TABLE official_document
    ADD COLUMN signer_username   VARCHAR(64),
    ADD COLUMN signer_authority  VARCHAR(200),          -- "TM. ỦY BAN NHÂN DÂN" or two lines with "KT. CHỦ TỊCH"
    ADD COLUMN signer_title      VARCHAR(100),          -- "CHỦ TỊCH" | "PHÓ CHỦ TỊCH"
    ADD COLUMN delegated_by      VARCHAR(64),           -- the chairman who handed the signature to a deputy
    ADD COLUMN signed_by         VARCHAR(64),           -- set once the signer's PAdES signature is in `pdf`
    ADD COLUMN signed_at         DATETIME(3);

-- Phase one of a token signature, kept between "prepare" and "complete" (any node may finish it).
CREATE TABLE prepared_signature (
    id           VARCHAR(36)  PRIMARY KEY,
    document_id  BIGINT       NOT NULL,
    username     VARCHAR(64)  NOT NULL,                 -- only this person may complete it
    task_id      VARCHAR(64)  NOT NULL,                 -- the signature task it was prepared for
    data         LONGBLOB     NOT NULL,                 -- PreparedSignature.toBytes()
    created_at   DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_prepared_document FOREIGN KEY (document_id) REFERENCES official_document (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_prepared_document ON prepared_signature (document_id);

-- The latest verification of a document's stored bytes (integrity, chain, coverage, SHA-256).
CREATE TABLE document_verification (
    document_id     BIGINT       PRIMARY KEY,
    checked_at      DATETIME(3)  NOT NULL,
    valid           BOOLEAN      NOT NULL,
    sha256_matches  BOOLEAN      NOT NULL,
    signature_count INT          NOT NULL,
    report_json     LONGTEXT     NOT NULL,
    CONSTRAINT fk_verification_document FOREIGN KEY (document_id) REFERENCES official_document (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
