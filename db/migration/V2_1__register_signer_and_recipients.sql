-- Sổ đăng ký văn bản đi (NĐ 30, Phụ lục IV) records who signed an outgoing document and where it
-- went. Both are fixed at issue, like the number: later edits of a plan must not rewrite the register.
ALTER TABLE official_document
    ADD COLUMN signer_name VARCHAR(120)  NULL AFTER issued_at,
    ADD COLUMN recipients  VARCHAR(2000) NULL AFTER signer_name;

