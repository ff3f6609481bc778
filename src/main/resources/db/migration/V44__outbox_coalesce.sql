-- A hub listener's events are rendered when they are sent, from the resource as it is then (issue 18): two pending
-- events of one type about one resource would be posted with the same body. So an event whose like is still waiting
-- for the listener is updated to it instead of queueing behind it (an alarm repeated a thousand times is one
-- AlarmAttributeValueChangeEvent waiting, not a thousand). The key is cleared when a message is claimed, so that a
-- change after that is sent after it.
alter table outbox_message add column coalesce_key varchar(200);
create unique index outbox_message_coalesce on outbox_message (reference, coalesce_key)
    where coalesce_key is not null;
