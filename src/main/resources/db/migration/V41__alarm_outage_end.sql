-- Availability reads the service-affecting alarms still down at a period's start: those raised before it whose clear
-- (infinity while none) came after it. Without this index that half read every alarm ever raised.
create index alarm_outage_end on alarm ((coalesce(cleared_at, 'infinity'::timestamptz))) where service_affecting;
