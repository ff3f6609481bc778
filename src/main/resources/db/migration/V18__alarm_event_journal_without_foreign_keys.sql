-- Every trap adds an alarm_event row, and most add an alarm_journal entry. Their foreign keys to alarm made
-- PostgreSQL queue a trigger and look the alarm up again for each row (2.4 million lookups in one benchmark run,
-- issue 7), for alarms the same transaction had just written or locked. Each writer of these rows (the intake,
-- operators' acks and clears, cutovers) writes them right after updating or inserting the alarm's own row, and
-- alarms are never deleted: a purge, if one comes, deletes these rows first.
alter table alarm_event drop constraint alarm_event_alarm_id_fkey;
alter table alarm_journal drop constraint alarm_journal_alarm_id_fkey;
