-- What produced a proposal's rule result, kept beside it: the whole round's check evaluates the
-- DMN table without the engine's decision history (README "Awards", rules), so the proposal row is
-- where the result, its reasons and their inputs stay. The inputs are the proposal's own columns
-- plus the one the application computes: "LĐTT in the same year".
ALTER TABLE award_proposal
    ADD COLUMN rule_decision        VARCHAR(64), -- deployed decision definition id, "awardEligibility:<version>:<id>"
    ADD COLUMN rule_ldtt_same_year  BOOLEAN;     -- computed input of the CSTĐCS row (award history or this round)
