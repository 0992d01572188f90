-- A plan may ask units for an interim (sơ kết) report between launch and the final report.
ALTER TABLE plan ADD COLUMN interim_deadline DATE NULL AFTER launch_deadline;
