-- A clear and a reopen change an alarm's state and cleared_at, which partial indexes' predicates and keys name, so
-- they cannot be HOT updates: each leaves a dead row version and dead index entries, which every read of the open
-- alarms steps over until vacuum removes them (issue 18). PostgreSQL's default waits for a fifth of the table to be
-- dead; the table keeps years of cleared alarms, so on a million rows that would be 200,000 dead versions of the few
-- thousand open ones before a pass. A fiftieth plus a thousand keeps the open alarms' pages small at any size.
-- How often autovacuum looks at all (autovacuum_naptime, a minute by default) is the server's: see README.
alter table alarm set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 1000);
