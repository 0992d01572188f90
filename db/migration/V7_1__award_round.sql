-- Award rounds (one per plan), proposals with their dossier, supporting files, the council's
-- meeting and secret ballot, and the award history that next year's prerequisites come from.

CREATE TABLE award_round (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id           BIGINT      NOT NULL,
    agency_id         BIGINT      NOT NULL,
    year              INT         NOT NULL,
    proposal_deadline DATE        NOT NULL,   -- last day (Vietnam time) a unit may propose
    council_met_at    DATETIME(3),            -- set when the council opens its meeting: proposals freeze
    CONSTRAINT uq_award_round_plan UNIQUE (plan_id),
    CONSTRAINT fk_award_round_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE award_proposal
    MODIFY achievement TEXT NULL,             -- the report may be an uploaded file instead
    ADD COLUMN unit_id               BIGINT,
    ADD COLUMN person_id             BIGINT,        -- organisation.Person when chosen from the unit's members
    ADD COLUMN candidate_key         VARCHAR(200),  -- folded name: no diacritics, case or extra spaces (duplicates)
    ADD COLUMN gender                VARCHAR(10),   -- "Nữ" matters for ties (NĐ 152 Điều 4)
    ADD COLUMN status                VARCHAR(20)  NOT NULL DEFAULT 'SUBMITTED', -- SUBMITTED | RETURNED | WITHDRAWN
    ADD COLUMN return_comment        VARCHAR(2000),
    ADD COLUMN completion_level      VARCHAR(30),   -- XUAT_SAC | TOT | HOAN_THANH | KHONG_HOAN_THANH
    ADD COLUMN recognised_initiative BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN discipline_level      VARCHAR(30),   -- KHONG | KHIEN_TRACH | CANH_CAO | ...
    ADD COLUMN under_inspection      BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN pending_complaint     BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN member_count          INT,
    ADD COLUMN ldtt_count            INT,
    ADD COLUMN women_count           INT,
    ADD COLUMN disciplined_members   INT,           -- members disciplined at cảnh cáo or above
    ADD COLUMN unit_vote_agree       INT,
    ADD COLUMN unit_vote_total       INT,
    ADD COLUMN justification         TEXT,          -- required for a collective of a unit that missed targets
    ADD COLUMN rule_eligible         BOOLEAN,
    ADD COLUMN rule_reasons          VARCHAR(2000), -- the DMN's refusals, one per line
    ADD COLUMN council_note          VARCHAR(500),  -- why the council result is what it is (tie, cap, rules)
    ADD COLUMN updated_at            DATETIME(3);
CREATE INDEX ix_proposal_plan_key ON award_proposal (plan_id, candidate_key);

CREATE TABLE award_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,    -- from the magic bytes, never from the client
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_award_file_proposal FOREIGN KEY (proposal_id) REFERENCES award_proposal (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_award_file_proposal ON award_file (proposal_id);

CREATE TABLE council_meeting (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id       BIGINT       NOT NULL,
    agency_id     BIGINT       NOT NULL,
    held_on       DATE         NOT NULL,
    place         VARCHAR(300) NOT NULL,
    council_size  INT          NOT NULL,   -- members on the day it opened (the 80% base)
    status        VARCHAR(20)  NOT NULL,   -- OPEN | CLOSED
    opened_by     VARCHAR(64)  NOT NULL,
    closed_at     DATETIME(3),
    CONSTRAINT fk_meeting_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_meeting_plan ON council_meeting (plan_id);

CREATE TABLE council_attendance (
    meeting_id      BIGINT  NOT NULL,
    person_id       BIGINT  NOT NULL,
    present         BOOLEAN NOT NULL,
    written_opinion VARCHAR(2000),         -- an absent member's written opinion (biên bản)
    recorded_by     VARCHAR(64) NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- An absent member's written opinion per candidate: open, not secret, signed on paper.
CREATE TABLE council_written_vote (
    meeting_id  BIGINT  NOT NULL,
    person_id   BIGINT  NOT NULL,
    proposal_id BIGINT  NOT NULL,
    agree       BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, person_id, proposal_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The secret ballot is two tables with nothing in common but the candidate: who has voted
-- (no choice, no time) and the ballot box (counters only, no row per ballot, so neither an
-- id sequence nor a timestamp can be lined up with the voter list).
CREATE TABLE ballot_voter (
    meeting_id  BIGINT NOT NULL,
    proposal_id BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, proposal_id, person_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ballot_box (
    meeting_id     BIGINT NOT NULL,
    proposal_id    BIGINT NOT NULL,
    agree_count    INT    NOT NULL DEFAULT 0,
    disagree_count INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, proposal_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE award_history (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id       BIGINT       NOT NULL,
    recipient_kind  VARCHAR(20)  NOT NULL,   -- INDIVIDUAL | COLLECTIVE | HOUSEHOLD
    recipient_name  VARCHAR(200) NOT NULL,
    name_key        VARCHAR(200) NOT NULL,   -- folded: search without diacritics
    person_id       BIGINT,
    unit_id         BIGINT,
    award_type      VARCHAR(40)  NOT NULL,
    year            INT          NOT NULL,
    decision_number VARCHAR(40)  NOT NULL,
    decision_date   DATE         NOT NULL,
    gold_book_no    INT,
    proposal_id     BIGINT,
    recorded_at     DATETIME(3)  NOT NULL,
    CONSTRAINT uq_history_proposal UNIQUE (proposal_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_history_name ON award_history (agency_id, name_key);
CREATE INDEX ix_history_year ON award_history (agency_id, year, award_type);
