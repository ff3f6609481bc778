-- A major incident ends when every ticket of its root fault is restored (or rejected, cancelled); its 应急事件总结
-- (incident summary) is owed from then. Cleared again should one of those tickets be reopened.
alter table major_incident add column ended_at timestamptz;
create index major_incident_ended on major_incident (ended_at);
create index major_incident_declared on major_incident (declared_at);
-- The incident's tickets, restored ones included (the unique index above covers the open ones only).
create index trouble_ticket_root_alarm on trouble_ticket (root_alarm_id) where root_alarm_id is not null;
