-- Fault tickets (故障单), TMF621-shaped. The database holds the promises: one open ticket per root fault and
-- customer (the partial unique index), and every deadline, so that the escalation scan survives restarts.
create table trouble_ticket (
    id                     bigint generated always as identity primary key,
    number                 varchar(32)   not null unique,
    ticket_type            varchar(16)   not null check (ticket_type in ('fault', 'consultation', 'complaint')),
    origin                 varchar(8)    not null check (origin in ('alarm', 'manual')),
    name                   varchar(200)  not null,
    description            varchar(4000) not null,
    severity               varchar(16)   not null,
    priority               varchar(16)   not null check (priority in ('urgent', 'general', 'complex')),
    status                 varchar(16)   not null check (status in ('acknowledged', 'inProgress', 'pending', 'held',
                                                                  'resolved', 'closed', 'rejected', 'cancelled')),
    status_changed_at      timestamptz   not null,
    status_change_reason   varchar(1000),
    customer_code          varchar(64),
    customer_name          varchar(200),
    tier                   varchar(8),
    account_manager_employee_id varchar(32),
    account_manager_name   varchar(100),
    root_alarm_id          bigint,
    assignee               varchar(32),
    assignee_group         varchar(64),
    escalation_level       integer       not null default 0,
    response_due           timestamptz   not null,
    restoration_due        timestamptz   not null,
    responded_at           timestamptz,
    paused_at              timestamptz,
    paused_seconds         bigint        not null default 0,
    resolved_at            timestamptz,
    closed_at              timestamptz,
    fault_reason           varchar(64),
    resolution             varchar(4000),
    return_visit_at        timestamptz,
    return_visit_by        varchar(32),
    return_visit_confirmed boolean,
    return_visit_satisfaction varchar(16),
    return_visit_comment   varchar(1000),
    created_at             timestamptz   not null,
    created_by             varchar(128)  not null,
    updated_at             timestamptz   not null
);
create unique index trouble_ticket_one_open_per_fault on trouble_ticket (root_alarm_id, customer_code)
    where root_alarm_id is not null and status not in ('closed', 'rejected', 'cancelled');
create index trouble_ticket_status on trouble_ticket (status, created_at desc);
create index trouble_ticket_customer on trouble_ticket (customer_code, created_at desc);

-- Ticket numbers GZ-yyyyMMdd-nnnn: one counter per day.
create table ticket_number_day (
    day  date    primary key,
    last integer not null
);

create table ticket_alarm (
    ticket_id   bigint      not null references trouble_ticket (id) on delete cascade,
    alarm_id    bigint      not null,
    attached_at timestamptz not null,
    primary key (ticket_id, alarm_id)
);
create index ticket_alarm_alarm on ticket_alarm (alarm_id);

create table ticket_circuit (
    ticket_id    bigint      not null references trouble_ticket (id) on delete cascade,
    circuit_id   varchar(64) not null,
    circuit_type varchar(16),
    primary key (ticket_id, circuit_id)
);
create index ticket_circuit_circuit on ticket_circuit (circuit_id);

create table ticket_status_change (
    id        bigint generated always as identity primary key,
    ticket_id bigint       not null references trouble_ticket (id) on delete cascade,
    at        timestamptz  not null,
    status    varchar(16)  not null,
    reason    varchar(1000),
    actor     varchar(128) not null
);
create index ticket_status_change_ticket on ticket_status_change (ticket_id, at);

create table ticket_note (
    id        bigint generated always as identity primary key,
    ticket_id bigint        not null references trouble_ticket (id) on delete cascade,
    author    varchar(128)  not null,
    at        timestamptz   not null,
    text      varchar(4000) not null
);
create index ticket_note_ticket on ticket_note (ticket_id, at);

create table ticket_journal (
    id        bigint generated always as identity primary key,
    ticket_id bigint       not null references trouble_ticket (id) on delete cascade,
    at        timestamptz  not null,
    actor     varchar(128) not null,
    action    varchar(32)  not null,
    detail    jsonb
);
create index ticket_journal_ticket on ticket_journal (ticket_id, at);

-- Alarms waiting out their hold-off before they open (or join) a ticket; a clear inside it drops them.
create table ticket_candidate (
    alarm_id   bigint      primary key,
    due_at     timestamptz not null,
    created_at timestamptz not null
);
create index ticket_candidate_due on ticket_candidate (due_at);

-- The fault reasons (故障原因) a resolved ticket must name; maintained by administrators.
create table fault_reason (
    code     varchar(64)  primary key,
    name     varchar(200) not null,
    category varchar(64)  not null,
    active   boolean      not null default true
);
insert into fault_reason (code, name, category) values
    ('FIBER_CUT', '光缆中断 fibre cut', 'line'),
    ('COPPER_FAULT', '电缆/接入线路故障 access line fault', 'line'),
    ('TRANSMISSION', '传输设备故障 transmission equipment', 'equipment'),
    ('EQUIPMENT', '网元设备故障 network element failure', 'equipment'),
    ('POWER', '电源故障 power failure', 'environment'),
    ('CONFIGURATION', '数据配置错误 configuration error', 'operation'),
    ('CUTOVER', '割接影响 cutover', 'operation'),
    ('CUSTOMER_SIDE', '客户侧原因 customer premises or equipment', 'customer'),
    ('THIRD_PARTY', '第三方施工 third-party works', 'external'),
    ('UNKNOWN', '原因不明，已恢复 restored, cause unknown', 'other');
