-- The outbox's claims (issue 18). Messages to people (mail, webhook) are claimed in the order they fell due, side
-- by side. A hub listener's events and a post target's documents go in order, one batch at a time per recipient:
-- they are claimed recipient by recipient, so that the waiting messages of a listener being sent to are not walked
-- by every claim (under a storm they are thousands).
create index outbox_message_due_unordered on outbox_message (next_attempt_at)
    where state = 'pending' and channel not in ('hub', 'post');
create index outbox_message_due_in_order on outbox_message (recipient, next_attempt_at, id)
    where state = 'pending' and channel in ('hub', 'post');
drop index outbox_message_due;
