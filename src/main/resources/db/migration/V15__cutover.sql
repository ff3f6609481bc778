-- Cutovers (割接): planned work on the network, who it hits, and the notices to their account managers. The
-- database keeps every promise with a time on it (reminders, confirmations, the window's end), so that a restart
-- loses none and a unique key keeps any from being made twice.
create table cutover_reject_reason (
    code    varchar(32)  primary key,
    name_zh varchar(64)  not null,
    name_en varchar(100) not null,
    active  boolean      not null default true
);
insert into cutover_reject_reason (code, name_zh, name_en) values
    ('RISK_TOO_HIGH', '风险过高', 'risk too high'),
    ('WINDOW_CONFLICT', '与其他割接时间冲突', 'conflicts with other work in the same window'),
    ('CUSTOMER_PROTECTION', '客户重要保障期', 'customer is in a protection period'),
    ('PLAN_INCOMPLETE', '方案不完整', 'plan incomplete'),
    ('ROLLBACK_INSUFFICIENT', '回退方案不充分', 'rollback plan insufficient'),
    ('NOT_ENOUGH_NOTICE', '提前量不足', 'not enough notice for the customers');

create table cutover_plan (
    id                 bigint generated always as identity primary key,
    number             varchar(32)   not null unique,
    title              varchar(200)  not null,
    reason             varchar(4000) not null,
    executing_unit     varchar(128)  not null,
    requester          varchar(64)   not null,
    window_start       timestamptz   not null,
    window_end         timestamptz   not null check (window_end > window_start),
    risk_level         varchar(8)    not null check (risk_level in ('low', 'medium', 'high')),
    rollback_plan      varchar(4000) not null,
    emergency          boolean       not null default false,
    customer_language  varchar(8)    not null default 'zh-CN',
    status             varchar(16)   not null check (status in ('draft', 'submitted', 'approved', 'rejected',
                                         'notified', 'inProgress', 'completed', 'cancelled', 'rolledBack')),
    approval_round     integer       not null default 0,
    reject_reason      varchar(32)   references cutover_reject_reason (code),
    reject_note        varchar(1000),
    approved_by        varchar(64),
    approved_at        timestamptz,
    impact_at          timestamptz,
    started_at         timestamptz,
    finished_at        timestamptz,
    window_checked_at  timestamptz,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);
create index cutover_plan_window on cutover_plan (window_start, window_end)
    where status in ('submitted', 'approved', 'notified', 'inProgress');

-- Plan numbers GJ-yyyyMMdd-nn: one counter per day.
create table cutover_number_day (
    day  date    primary key,
    last integer not null
);

-- What the plan touches: a network element, an interface on one, or a circuit.
create table cutover_scope (
    plan_id         bigint       not null references cutover_plan (id) on delete cascade,
    position        integer      not null,
    network_element varchar(128),
    interface       varchar(64),
    circuit_id      varchar(64),
    primary key (plan_id, position),
    check (network_element is not null or circuit_id is not null)
);

-- The requester's expectation per circuit; a circuit not listed expects an interruption for the whole window.
create table cutover_expected_impact (
    plan_id          bigint      not null references cutover_plan (id) on delete cascade,
    circuit_id       varchar(64) not null,
    impact           varchar(16) not null check (impact in ('interruption', 'degraded', 'none')),
    duration_minutes integer     check (duration_minutes > 0),
    primary key (plan_id, circuit_id)
);

-- The impact analysis (scope → circuits → customers → account managers), refreshed on every save and at approval.
create table cutover_circuit (
    plan_id                     bigint       not null references cutover_plan (id) on delete cascade,
    circuit_id                  varchar(64)  not null,
    circuit_type                varchar(16)  not null,
    customer_code               varchar(64)  not null,
    customer_name               varchar(200) not null,
    tier                        varchar(8)   not null,
    account_manager_employee_id varchar(32),
    account_manager_name        varchar(100),
    impact                      varchar(16)  not null,
    duration_minutes            integer,
    primary key (plan_id, circuit_id)
);
create index cutover_circuit_circuit on cutover_circuit (circuit_id);

create table cutover_status_change (
    plan_id bigint        not null references cutover_plan (id) on delete cascade,
    at      timestamptz   not null,
    status  varchar(16)   not null,
    actor   varchar(64)   not null,
    reason  varchar(1000)
);
create index cutover_status_change_plan on cutover_status_change (plan_id, at);

-- One notice per account manager, per kind, per approval round: the unique key is what makes "one" true.
create table cutover_notice (
    id                 bigint generated always as identity primary key,
    plan_id            bigint       not null references cutover_plan (id) on delete cascade,
    approval_round     integer      not null,
    kind               varchar(16)  not null check (kind in ('approved', 'reminder', 'changed', 'cancelled',
                                                              'completed', 'failed', 'unconfirmed')),
    label              varchar(32)  not null default '',
    recipient          varchar(32)  not null,
    recipient_name     varchar(100) not null,
    email              varchar(254),
    mobile             varchar(32),
    language           varchar(8)   not null,
    about              varchar(32),
    due_at             timestamptz  not null,
    state              varchar(12)  not null check (state in ('scheduled', 'sent', 'superseded')),
    sent_at            timestamptz,
    confirm_token_hash varchar(64),
    confirm_by         timestamptz,
    confirmed_at       timestamptz,
    escalated_at       timestamptz,
    unique (plan_id, approval_round, kind, label, recipient)
);
create index cutover_notice_due on cutover_notice (due_at) where state = 'scheduled';
create index cutover_notice_unconfirmed on cutover_notice (confirm_by)
    where confirm_by is not null and confirmed_at is null and escalated_at is null;

-- Which cutover's window an alarm was raised in (plannedOutageIndicator); the window's end looks them up.
alter table alarm add column cutover_id bigint;
create index alarm_cutover on alarm (cutover_id) where cutover_id is not null;
