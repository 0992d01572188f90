-- A task finds the records it acts on from its own process instance: the plan whose instance it
-- is, the unit campaign whose instance it is. One record per instance, found by an index lookup
-- (a city's plan has thousands of unit instances). NULL (not started yet) may repeat.
CREATE UNIQUE INDEX uq_plan_process_instance ON plan (process_instance_id);
CREATE UNIQUE INDEX uq_unit_campaign_process_instance ON unit_campaign (process_instance_id);
