-- Our own tables. The engine owns ACT_* (created by Camunda itself); nothing here references them.
-- Every row belongs to an agency (a ward's or commune's People's Committee, or the city above it):
-- one database serves a whole city, each ward with its own register, units, users and plans.
-- Vietnamese text is utf8mb4 and stored NFC (normalised by the application before it gets here).

CREATE TABLE agency (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL,
    name              VARCHAR(200) NOT NULL,   -- "ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI"
    short_name        VARCHAR(120) NOT NULL,   -- "UBND phường Thạch Khôi"
    place             VARCHAR(80)  NOT NULL,   -- "Thạch Khôi" (for "Thạch Khôi, ngày ...")
    level             VARCHAR(20)  NOT NULL,   -- xã | phường | thành phố
    city              VARCHAR(80),
    parent_agency_id  BIGINT,
    parent_name       VARCHAR(200),            -- "UBND thành phố Hải Phòng"
    numbering_mode    VARCHAR(20)  NOT NULL DEFAULT 'SINGLE',  -- SINGLE | PER_TYPE (NĐ 30 Đ15 k1c)
    drafting_unit_abbrev VARCHAR(20) NOT NULL DEFAULT 'VHXH',  -- "Lưu: VT, VHXH."
    CONSTRAINT uq_agency_code UNIQUE (code),
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE org_unit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id       BIGINT       NOT NULL,
    code            VARCHAR(60)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(60)  NOT NULL,     -- cơ quan | đơn vị | đoàn thể | trường học | trạm y tế | tổ dân phố | ...
    unit_group      VARCHAR(60),
    parent_code     VARCHAR(60),
    head_full_name  VARCHAR(120),
    head_title      VARCHAR(200),
    head_gender     VARCHAR(10),
    head_username   VARCHAR(64),
    CONSTRAINT uq_unit_code UNIQUE (agency_id, code),
    CONSTRAINT fk_unit_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE person (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id   BIGINT       NOT NULL,
    code        VARCHAR(60)  NOT NULL,
    username    VARCHAR(64)  NOT NULL,        -- the Camunda user id
    full_name   VARCHAR(120) NOT NULL,
    gender      VARCHAR(10),
    position    VARCHAR(300),
    unit_id     BIGINT,
    CONSTRAINT uq_person_code UNIQUE (agency_id, code),
    CONSTRAINT uq_person_username UNIQUE (username),
    CONSTRAINT fk_person_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_person_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE person_role (
    person_id  BIGINT      NOT NULL,
    role_code  VARCHAR(60) NOT NULL,
    PRIMARY KEY (person_id, role_code),
    CONSTRAINT fk_role_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE council_member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL,
    council_role  VARCHAR(120) NOT NULL,
    position      INT          NOT NULL,
    CONSTRAINT uq_council_person UNIQUE (agency_id, person_id),
    CONSTRAINT fk_council_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_council_person FOREIGN KEY (person_id) REFERENCES person (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A plan (Kế hoạch) and its content. Sections are an outline ("I." > "1." > "a)") kept in document order.
CREATE TABLE plan (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id           BIGINT        NOT NULL,
    status              VARCHAR(30)   NOT NULL,   -- DRAFT | IN_REVIEW | AWAITING_SIGNATURE | AWAITING_ISSUE | ISSUED | REPORTING | CONSOLIDATED | AWARDS | CLOSED
    title               VARCHAR(1000) NOT NULL,   -- trích yếu
    theme               VARCHAR(500),
    year                INT           NOT NULL,
    launch_deadline     DATE          NOT NULL,
    report_deadline     DATE          NOT NULL,
    campaign_end        DATE,
    signer_authority    VARCHAR(60),              -- "TM. ỦY BAN NHÂN DÂN"
    signer_title        VARCHAR(60)   NOT NULL,   -- "CHỦ TỊCH"
    signer_name         VARCHAR(120),
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    process_instance_id VARCHAR(64),
    document_id         BIGINT,
    units_total         INT           NOT NULL DEFAULT 0,
    units_final_pending INT           NOT NULL DEFAULT 0,
    proposals_pending   INT           NOT NULL DEFAULT 0,
    consolidation_note  TEXT,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_plan_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_plan_agency_status ON plan (agency_id, status);

CREATE TABLE plan_basis (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    reference   VARCHAR(60),                      -- "232/KH-UBND", "41-CT/TW" (Party numbering differs: not validated)
    issued_on   DATE,
    issuer      VARCHAR(200),
    CONSTRAINT fk_basis_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE plan_section (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,         -- document order of the flattened outline
    level       INT           NOT NULL,         -- 1 "I.", 2 "1.", 3 "a)"; 0 for untitled paragraphs
    heading     VARCHAR(500),
    body        MEDIUMTEXT,                       -- paragraphs separated by a newline
    CONSTRAINT fk_section_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE plan_target (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT         NOT NULL,
    position    INT            NOT NULL,
    code        VARCHAR(20)    NOT NULL,
    name        VARCHAR(500)   NOT NULL,
    operator    VARCHAR(10)    NOT NULL,          -- >= | > | <= | < | = | boolean | plan
    threshold   DECIMAL(14, 4),
    unit        VARCHAR(30),                      -- "%", "cấp độ"
    text        VARCHAR(1000),
    aggregation VARCHAR(10)    NOT NULL DEFAULT 'AVG', -- how unit values combine: AVG | SUM | MIN | MAX | ALL
    CONSTRAINT uq_target_code UNIQUE (plan_id, code),
    CONSTRAINT fk_target_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Which units report a target. A target with no row here is reported by every addressed unit.
CREATE TABLE plan_target_unit (
    target_id   BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    PRIMARY KEY (target_id, unit_id),
    CONSTRAINT fk_tu_target FOREIGN KEY (target_id) REFERENCES plan_target (id) ON DELETE CASCADE,
    CONSTRAINT fk_tu_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The "Nơi nhận" lines as printed.
CREATE TABLE plan_recipient (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT       NOT NULL,
    position    INT          NOT NULL,
    text        VARCHAR(300) NOT NULL,
    CONSTRAINT fk_recipient_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The units that must launch and report (recipient classes already expanded to member units).
CREATE TABLE plan_addressee (
    plan_id     BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    PRIMARY KEY (plan_id, unit_id),
    CONSTRAINT fk_addressee_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_addressee_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Every review decision on a plan (or a later document of it), with the reviewer's comment.
CREATE TABLE plan_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT        NOT NULL,
    stage       VARCHAR(30)   NOT NULL,         -- REVIEW | CHAIRMAN | COUNCIL | AWARD_DECISION
    decision    VARCHAR(20)   NOT NULL,         -- APPROVE | RETURN
    comment     VARCHAR(4000),
    reviewer    VARCHAR(64)   NOT NULL,
    reviewed_at DATETIME(3)   NOT NULL,
    CONSTRAINT fk_review_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per unit per plan: the unit's own campaign, its process instance and its progress.
CREATE TABLE unit_campaign (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id              BIGINT      NOT NULL,
    unit_id              BIGINT      NOT NULL,
    status               VARCHAR(30) NOT NULL,     -- STARTED | LAUNCHED | REPORTED | PROPOSED
    process_instance_id  VARCHAR(64),
    launch_overdue       BOOLEAN     NOT NULL DEFAULT FALSE,
    report_overdue       BOOLEAN     NOT NULL DEFAULT FALSE,
    launched_at          DATETIME(3),
    reported_at          DATETIME(3),
    proposed_at          DATETIME(3),
    CONSTRAINT uq_campaign UNIQUE (plan_id, unit_id),
    CONSTRAINT fk_campaign_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_campaign_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Reports are never overwritten: a resubmission adds a version and marks the old one superseded.
CREATE TABLE unit_report (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id       BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,    -- LAUNCH | INTERIM | FINAL
    version           INT           NOT NULL,
    current_version   BOOLEAN       NOT NULL,
    submitted_by      VARCHAR(64)   NOT NULL,
    submitted_at      DATETIME(3)   NOT NULL,
    launched_on       DATE,
    launch_form       VARCHAR(500),
    participants      INT,
    unit_theme        VARCHAR(500),
    examples          TEXT,                      -- điển hình tiên tiến
    difficulties      TEXT,
    proposals         TEXT,
    CONSTRAINT uq_report_version UNIQUE (campaign_id, kind, version),
    CONSTRAINT fk_report_campaign FOREIGN KEY (campaign_id) REFERENCES unit_campaign (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE unit_report_value (
    report_id     BIGINT         NOT NULL,
    target_id     BIGINT         NOT NULL,
    raw_text      VARCHAR(100)   NOT NULL,       -- as the user typed it: "55,02", "98 %", "đạt"
    number_value  DECIMAL(14, 4),
    boolean_value BOOLEAN,
    PRIMARY KEY (report_id, target_id),
    CONSTRAINT fk_value_report FOREIGN KEY (report_id) REFERENCES unit_report (id),
    CONSTRAINT fk_value_target FOREIGN KEY (target_id) REFERENCES plan_target (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Award candidates proposed by units, then voted on by the council.
CREATE TABLE award_proposal (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    campaign_id     BIGINT        NOT NULL,
    position        INT           NOT NULL,
    candidate_kind  VARCHAR(20)   NOT NULL,     -- INDIVIDUAL | COLLECTIVE
    candidate_name  VARCHAR(200)  NOT NULL,
    candidate_title VARCHAR(300),               -- position / description
    award_type      VARCHAR(30)   NOT NULL,     -- GIAY_KHEN | LAO_DONG_TIEN_TIEN | CHIEN_SI_THI_DUA_CO_SO | TAP_THE_LAO_DONG_TIEN_TIEN
    achievement     VARCHAR(2000) NOT NULL,
    proposed_by     VARCHAR(64)   NOT NULL,
    proposed_at     DATETIME(3)   NOT NULL,
    votes_for       INT,
    votes_against   INT,
    council_result  VARCHAR(20),                -- APPROVED | REJECTED
    gold_book_no    INT,                        -- số sổ vàng: index in the decision
    CONSTRAINT fk_proposal_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_proposal_campaign FOREIGN KEY (campaign_id) REFERENCES unit_campaign (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_proposal_plan ON award_proposal (plan_id);

-- Official documents: drafts are re-rendered freely; an issued one is immutable (bytes + SHA-256).
CREATE TABLE official_document (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id       BIGINT        NOT NULL,
    plan_id         BIGINT,
    kind            VARCHAR(10)   NOT NULL,     -- KH | BC | TTR | BB | QD | CV | GK
    status          VARCHAR(20)   NOT NULL,     -- DRAFT | ISSUED
    title           VARCHAR(1000) NOT NULL,     -- trích yếu
    sequence_key    VARCHAR(20),
    number          INT,
    notation        VARCHAR(40),                -- "KH-UBND"
    year            INT,
    issued_on       DATE,
    issued_by       VARCHAR(64),
    issued_at       DATETIME(3),
    recipient_unit_id BIGINT,
    pdf             LONGBLOB      NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    CONSTRAINT uq_document_number UNIQUE (agency_id, year, sequence_key, number),
    CONSTRAINT fk_document_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_document_plan ON official_document (plan_id);

-- Sổ đăng ký văn bản đi: one counter per agency, year and sequence, taken under a row lock so
-- several application nodes never hand out the same number or skip one.
CREATE TABLE register_sequence (
    agency_id     BIGINT      NOT NULL,
    year          INT         NOT NULL,
    sequence_key  VARCHAR(20) NOT NULL,         -- "ALL", or a type ("KH"), or "HDTDKT" for the council
    last_number   INT         NOT NULL,
    PRIMARY KEY (agency_id, year, sequence_key),
    CONSTRAINT fk_sequence_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
