-- A unit head saves proposals through the proposal API while the unit's task is still open; until
-- the unit sends them (its task completes) they are drafts only the unit sees, never in the
-- specialist's review, the Tờ trình, the duplicates or the council's list. Rows written before this
-- migration were submitted when saved, and stay so.
ALTER TABLE award_proposal
    ALTER COLUMN status SET DEFAULT 'DRAFT',  -- DRAFT | SUBMITTED | RETURNED | WITHDRAWN
    ADD COLUMN submitted_at DATETIME(3);       -- when the unit's task sent it (first time or again after a return)

UPDATE award_proposal SET submitted_at = COALESCE(updated_at, proposed_at) WHERE status <> 'WITHDRAWN';

-- The specialist's review pages one status of a round, by unit or title.
CREATE INDEX ix_proposal_plan_status ON award_proposal (plan_id, status, unit_id);
