-- A signature belongs to its signer. A certificate that chains to a trusted CA only proves that the
-- CA issued it to somebody; every chairman and vice-chairman of every ward holds one. So each
-- signer's certificate is enrolled for that person (and each agency's for its seal), and signing,
-- issuing and verification accept only the certificate enrolled for the person or agency the
-- document names.

CREATE TABLE signer_certificate (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,       -- the holder's ward (for a person: where enrolled)
    holder_kind    VARCHAR(10)   NOT NULL,       -- PERSON (a signer, by login) | AGENCY (the seal of agency_id)
    username       VARCHAR(64),                  -- the person's login; NULL for the agency's certificate
    certificate    BLOB          NOT NULL,       -- DER
    sha256         CHAR(64)      NOT NULL,       -- hex SHA-256 of the DER: how a signature's certificate is matched
    subject        VARCHAR(1000) NOT NULL,
    issuer         VARCHAR(1000) NOT NULL,
    serial_number  VARCHAR(100)  NOT NULL,       -- hex
    not_before     DATETIME(3)   NOT NULL,
    not_after      DATETIME(3)   NOT NULL,
    enrolled_by    VARCHAR(64)   NOT NULL,       -- the administrator (or "demo")
    enrolled_at    DATETIME(3)   NOT NULL,
    revoked_by     VARCHAR(64),
    revoked_at     DATETIME(3),                  -- kept, not deleted: older signatures are still judged by it
    -- A certificate belongs to one holder, ever: a token handed to somebody else gets a new certificate.
    CONSTRAINT uq_signer_certificate_sha256 UNIQUE (sha256),
    CONSTRAINT ck_signer_certificate_holder CHECK ((holder_kind = 'PERSON' AND username IS NOT NULL)
        OR (holder_kind = 'AGENCY' AND username IS NULL)),
    CONSTRAINT fk_signer_certificate_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_signer_certificate_person FOREIGN KEY (username) REFERENCES person (username)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_signer_certificate_agency ON signer_certificate (agency_id, holder_kind);

-- The stored verification says whether every signature was made with its holder's enrolled certificate.
ALTER TABLE document_verification ADD COLUMN signers_enrolled BOOLEAN NOT NULL DEFAULT FALSE AFTER sha256_matches;
