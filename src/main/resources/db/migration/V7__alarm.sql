-- One row per fault (ITU-T X.733 semantics, TMF642 shape). Repeats of a fault update its row; the database, not the
-- application, guarantees one open alarm per reduction key, whichever writer gets there first.
create table alarm (
    id                   bigint generated always as identity primary key,
    reduction_key        varchar(600) not null,
    state                varchar(8)   not null check (state in ('raised', 'updated', 'cleared')),
    ack_state            varchar(16)  not null default 'unacknowledged'
                             check (ack_state in ('unacknowledged', 'acknowledged')),
    ack_user_id          varchar(128),
    ack_system_id        varchar(128),
    ack_time             timestamptz,
    alarm_type           varchar(64)  not null,
    probable_cause       varchar(128) not null,
    specific_problem     varchar(256),
    perceived_severity   varchar(16)  not null
                             check (perceived_severity in ('critical', 'major', 'minor', 'warning', 'indeterminate',
                                                           'cleared')),
    -- The severity the rule gave before the customer tier raised it, so that the raise explains itself.
    reported_severity    varchar(16)  not null,
    alarmed_object_id    varchar(400) not null,
    alarmed_object_type  varchar(32)  not null,
    network_element      varchar(128) not null,
    source_address       varchar(128) not null,
    source_system_id     varchar(128) not null,
    external_alarm_id    varchar(128),
    notification         varchar(160),
    family               varchar(64),
    resource             jsonb        not null default '{}',
    alarm_details        varchar(1024),
    raised_at            timestamptz  not null,
    reported_at          timestamptz  not null,
    changed_at           timestamptz  not null,
    cleared_at           timestamptz,
    clear_user_id        varchar(128),
    clear_system_id      varchar(128),
    first_occurrence     timestamptz  not null,
    last_occurrence      timestamptz  not null,
    occurrence_count     integer      not null default 1,
    flap_cycles          integer      not null default 0,
    flapping             boolean      not null default false,
    is_root_cause        boolean      not null default false,
    parent_alarm_id      bigint references alarm (id),
    correlation_reason   varchar(400),
    service_affecting    boolean      not null default false,
    planned_outage       boolean      not null default false,
    escalated            boolean      not null default false
);

create unique index alarm_open_reduction_key on alarm (reduction_key) where state <> 'cleared';
create index alarm_reduction_key_cleared on alarm (reduction_key, cleared_at desc) where state = 'cleared';
create index alarm_element_raised on alarm (network_element, raised_at desc);
create index alarm_changed on alarm (changed_at desc);
create index alarm_raised on alarm (raised_at desc);
create index alarm_parent on alarm (parent_alarm_id) where parent_alarm_id is not null;
create index alarm_external on alarm (source_system_id, external_alarm_id) where external_alarm_id is not null;

-- The circuits an alarm hits, with their customer and account manager as they were when it was linked: a cleared
-- alarm keeps telling whom it hit even after the inventory changes.
create table alarm_circuit (
    alarm_id          bigint      not null references alarm (id) on delete cascade,
    circuit_id        varchar(64) not null,
    circuit_type      varchar(16) not null,
    customer_code     varchar(64) not null,
    customer_name     varchar(200) not null,
    tier              varchar(8)  not null,
    account_manager_employee_id varchar(32),
    account_manager_name varchar(100),
    primary key (alarm_id, circuit_id)
);
create index alarm_circuit_circuit on alarm_circuit (circuit_id);
create index alarm_circuit_customer on alarm_circuit (customer_code);

-- The raw events that built an alarm (references into raw_event, which is partitioned and aged out on its own).
create table alarm_event (
    alarm_id     bigint      not null references alarm (id) on delete cascade,
    raw_event_id bigint      not null,
    received_at  timestamptz not null,
    severity     varchar(16) not null,
    primary key (alarm_id, raw_event_id)
);
create index alarm_event_raw on alarm_event (raw_event_id);

create table alarm_comment (
    id        bigint generated always as identity primary key,
    alarm_id  bigint        not null references alarm (id) on delete cascade,
    user_id   varchar(128)  not null,
    system_id varchar(128),
    time      timestamptz   not null,
    comment   varchar(4000) not null
);
create index alarm_comment_alarm on alarm_comment (alarm_id, time);

-- Who did what to an alarm, and when; the pipeline's own changes (raised, reduced, cleared) are entries too.
create table alarm_journal (
    id        bigint generated always as identity primary key,
    alarm_id  bigint       not null references alarm (id) on delete cascade,
    at        timestamptz  not null,
    actor     varchar(128) not null,
    system_id varchar(128),
    action    varchar(32)  not null,
    detail    jsonb
);
create index alarm_journal_alarm on alarm_journal (alarm_id, at);

-- TMF642 task resources (ackAlarms, clearAlarms, ...): what was asked and what it did, readable afterwards.
create table alarm_task (
    id         bigint generated always as identity primary key,
    kind       varchar(16)  not null,
    created_at timestamptz  not null,
    created_by varchar(128) not null,
    body       jsonb        not null
);
