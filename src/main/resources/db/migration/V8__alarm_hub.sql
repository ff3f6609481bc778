-- TMF642 hub: listeners registered by OSS/BSS clients, and the notifications owed to them. A notification is
-- written in the transaction that changed the alarm and delivered afterwards, with retries, so a slow or dead
-- listener never holds up the pipeline and a restart loses nothing.
create table hub_subscription (
    id          bigint generated always as identity primary key,
    callback    varchar(2000) not null,
    query       varchar(2000),
    event_types varchar(600),
    created_at  timestamptz   not null,
    created_by  varchar(128)  not null
);

create table hub_notification (
    id              bigint generated always as identity primary key,
    subscription_id bigint       not null references hub_subscription (id) on delete cascade,
    event_type      varchar(64)  not null,
    alarm_id        bigint       not null,
    event_time      timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    last_error      varchar(500)
);
create index hub_notification_due on hub_notification (next_attempt_at)
    where delivered_at is null and failed_at is null;
