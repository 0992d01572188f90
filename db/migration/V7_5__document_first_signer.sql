-- A document two people sign: the council's Biên bản is signed by its secretary ("THƯ KÝ", left
-- block) and then by its chair ("CHỦ TỊCH HỘI ĐỒNG", right block). The chair is the document's
-- signer (signer_* of V3); the secretary, who signs first, is kept here. Each signature is checked
-- against the certificate enrolled for the person it stands for.
ALTER TABLE official_document
    ADD COLUMN first_signer_username VARCHAR(64),
    ADD COLUMN first_signer_title    VARCHAR(100),
    ADD COLUMN first_signer_name     VARCHAR(200),
    ADD COLUMN first_signed_by       VARCHAR(64),      -- set once the first signer's signature is in `pdf`
    ADD COLUMN first_signed_at       DATETIME(3);
