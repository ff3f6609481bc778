-- The intake asks, for every new alarm, whether its element has an open root-cause alarm and how many of its
-- interface alarms are still nobody's children. Through alarm_element_raised those questions walked every alarm
-- of the element in the window, dead row versions included: 1 ms each under load, the largest share of
-- PostgreSQL's time in the throughput benchmark (issue 7). These partial indexes hold only the rows asked for.
create index alarm_open_root on alarm (network_element, raised_at) where is_root_cause and state <> 'cleared';
create index alarm_open_orphan on alarm (network_element, raised_at)
    where state <> 'cleared' and parent_alarm_id is null and not is_root_cause;

-- A repeat of an open fault updates its counters and changed_at. While changed_at was indexed, every repeat wrote
-- a new entry into each of the table's indexes (no HOT update possible); without the index, and with room left
-- on each page, a repeat rewrites the row in place. Filtering or sorting by alarmChangedTime scans the table.
drop index alarm_changed;
alter table alarm set (fillfactor = 80);
