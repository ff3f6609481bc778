-- The NMS's own identifier of an alarm (a serial number): its clear carries the same one.
alter table raw_event add column external_alarm_id varchar(128);
