-- Auditors (kiểm tra, giám sát): who did what, when, on which version of which document.

-- One row per thing that happened to a plan or to one of its units' processes, written in the
-- same transaction as the thing itself: by the engine's history (a HistoryEventHandler beside the
-- default one: tasks created/claimed/delegated/completed, timers, engine operations) and by our
-- services (signature, number, issue, report correction, votes, refused attempts). The timeline
-- of a plan is one paged, indexed query on this table; the engine's own ACT_HI_* tables may be
-- cleaned up after their time to live without the audit losing anything.
CREATE TABLE audit_event (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at          DATETIME(3)   NOT NULL,
    agency_code          VARCHAR(40),                -- the ward (engine tenant); null for a refusal outside any ward
    plan_id              BIGINT,                     -- null only for refusals that name no plan
    unit_code            VARCHAR(60),                -- the unit's process (business key "planId:unitCode"); null for the plan's own
    process_instance_id  VARCHAR(64),
    task_id              VARCHAR(64),
    kind                 VARCHAR(30)   NOT NULL,     -- AuditKind
    activity             VARCHAR(255),               -- the task or step name as the process names it
    actor_username       VARCHAR(64),                -- null: "hệ thống" (timers, jobs without a person's decision)
    actor_name           VARCHAR(120),               -- full name and position as they were at the time
    actor_position       VARCHAR(300),
    on_behalf            BOOLEAN       NOT NULL DEFAULT FALSE, -- done by a job on this person's earlier decision
    decision             VARCHAR(60),
    comment              VARCHAR(4000),
    detail               VARCHAR(4000),
    document_id          BIGINT,
    retain_permanently   BOOLEAN       NOT NULL DEFAULT FALSE -- award decisions and the register: never purged
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_audit_plan_time ON audit_event (plan_id, occurred_at, id);
CREATE INDEX ix_audit_plan_unit ON audit_event (plan_id, unit_code, occurred_at, id);
CREATE INDEX ix_audit_plan_actor ON audit_event (plan_id, actor_username, occurred_at, id);
CREATE INDEX ix_audit_plan_kind ON audit_event (plan_id, kind, occurred_at, id);
CREATE INDEX ix_audit_actor_plan ON audit_event (actor_username, plan_id);
CREATE INDEX ix_audit_agency_kind ON audit_event (agency_code, kind, occurred_at);

-- Every version of every document, bytes included: a draft is re-rendered in place in
-- official_document after a return or a delegation, so without this table the earlier drafts
-- (and the unsigned draft under a signature) would be lost. Rows are only ever inserted.
CREATE TABLE document_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT       NOT NULL,
    plan_id      BIGINT,
    version      INT          NOT NULL,
    stage        VARCHAR(20)  NOT NULL,     -- DRAFT | SIGNED | ISSUED
    pdf          LONGBLOB     NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    created_by   VARCHAR(64),
    CONSTRAINT uq_document_version UNIQUE (document_id, version),
    CONSTRAINT fk_version_document FOREIGN KEY (document_id) REFERENCES official_document (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_version_plan ON document_version (plan_id, document_id, version);

-- What existed before this migration becomes version 1 of each document.
INSERT INTO document_version (document_id, plan_id, version, stage, pdf, sha256, created_at, created_by)
SELECT id, plan_id, 1, CASE WHEN status = 'ISSUED' THEN 'ISSUED' WHEN signed_by IS NOT NULL THEN 'SIGNED' ELSE 'DRAFT' END,
       pdf, sha256, COALESCE(issued_at, signed_at, created_at), COALESCE(issued_by, signed_by)
  FROM official_document;

