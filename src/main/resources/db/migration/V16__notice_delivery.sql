-- Notices on their way out, one row per channel: a channel that fails retries on its own schedule and does not
-- hold up the others. Every attempt is kept.
create table notice_delivery (
    id              bigint generated always as identity primary key,
    channel         varchar(16)   not null,
    reference       varchar(64)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(400)  not null,
    body            text          not null,
    payload         jsonb         not null,
    state           varchar(8)    not null check (state in ('pending', 'sent', 'failed')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index notice_delivery_due on notice_delivery (next_attempt_at) where state = 'pending';
create index notice_delivery_reference on notice_delivery (reference);

create table notice_attempt (
    delivery_id bigint        not null references notice_delivery (id) on delete cascade,
    attempt     integer       not null,
    at          timestamptz   not null,
    outcome     varchar(8)    not null check (outcome in ('sent', 'failed')),
    error       varchar(1000),
    primary key (delivery_id, attempt)
);
