-- Each escalation step of a ticket fires once: the primary key is the promise, whatever restarts in between.
create table ticket_escalation (
    ticket_id bigint       not null references trouble_ticket (id) on delete cascade,
    step      varchar(24)  not null,
    level     integer      not null,
    due_at    timestamptz  not null,
    fired_at  timestamptz  not null,
    primary key (ticket_id, step)
);
