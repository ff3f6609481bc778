-- One outbox for every message that leaves Kexiang (issue 14). The notice deliveries become its rows, and the TMF
-- hub's notifications, delivered or owed, move into it: one row per recipient and channel, each attempt kept.
alter table notice_delivery rename to outbox_message;
alter table outbox_message rename constraint notice_delivery_pkey to outbox_message_pkey;
alter index notice_delivery_due rename to outbox_message_due;
alter index notice_delivery_reference rename to outbox_message_reference;
alter table notice_attempt rename to outbox_attempt;
alter table outbox_attempt rename constraint notice_attempt_pkey to outbox_attempt_pkey;
alter table outbox_attempt rename column delivery_id to message_id;

alter table outbox_message alter column reference type varchar(128);
-- A hub listener's callback URL is the recipient of its events.
alter table outbox_message alter column recipient type varchar(2000);
alter table outbox_message alter column body drop not null;
alter table outbox_message alter column state type varchar(16);
alter table outbox_message drop constraint notice_delivery_state_check;
alter table outbox_message add constraint outbox_message_state_check
    check (state in ('pending', 'sent', 'failed', 'cancelled'));
alter table outbox_message add constraint outbox_message_channel_check check (channel in ('email', 'webhook', 'hub'));

-- The hub channel's route renders the event from this reference when it sends (the resource as it is then).
insert into outbox_message (channel, reference, recipient, subject, body, payload, state, attempts, next_attempt_at,
                            created_at, sent_at, last_error)
select 'hub', 'hub-subscription:' || n.subscription_id, s.callback, n.event_type, null,
       jsonb_build_object('api', n.api, 'eventType', n.event_type, 'resourceId', n.resource_id,
                          'eventTime', n.event_time),
       case when n.delivered_at is not null then 'sent' when n.failed_at is not null then 'failed' else 'pending' end,
       n.attempts, n.next_attempt_at, n.event_time, n.delivered_at, n.last_error
from hub_notification n
join hub_subscription s on s.id = n.subscription_id
order by n.id;

drop table hub_notification;
