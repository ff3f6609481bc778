-- A JSON document POSTed as it is to another system (a completed order's 报竣 to the group dispatch system).
alter table outbox_message drop constraint outbox_message_channel_check;
alter table outbox_message add constraint outbox_message_channel_check
    check (channel in ('email', 'webhook', 'hub', 'post'));
