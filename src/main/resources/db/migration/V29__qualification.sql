-- Resource checks (资源核查, TMF645 checkServiceQualification): one row per request, its answer, and the resources
-- reserved (预留) for the requester until a date, after which the reservation lapses by itself.
create table service_qualification (
    id                          bigserial primary key,
    number                      varchar(32)  not null unique,
    external_id                 varchar(100),
    description                 varchar(2000),
    state                       varchar(24)  not null,
    qualification_result        varchar(16),
    customer_code               varchar(64)  not null,
    customer_name               varchar(200) not null,
    account_manager_employee_id varchar(32),
    service_type                varchar(16)  not null,
    bandwidth                   varchar(32),
    site_address                varchar(500) not null,
    expected_availability       timestamptz,
    expected_qualification      timestamptz,
    provide_alternative         boolean      not null default false,
    requester                   varchar(100) not null,
    requested_at                timestamptz  not null,
    answered_at                 timestamptz,
    scope                       varchar(4000),
    operations_available        boolean,
    operations_answer           varchar(4000),
    operations_resources        varchar(4000),
    construction_needed         boolean,
    construction_answer         varchar(4000),
    construction_ready          timestamptz,
    conclusion                  varchar(4000),
    alternative                 varchar(4000),
    rechecks                    integer      not null default 0,
    process_instance_id         varchar(64),
    constraint service_qualification_state check (state in ('accepted', 'inProgress', 'done', 'terminatedWithError')),
    constraint service_qualification_result check (qualification_result in ('qualified', 'unqualified', 'alternate'))
);
create index service_qualification_requested on service_qualification (requested_at desc);
create index service_qualification_customer on service_qualification (customer_code, requested_at desc);

create table resource_reservation (
    id                bigserial primary key,
    qualification_id  bigint        not null references service_qualification (id),
    resources         varchar(4000) not null,
    reserved_at       timestamptz   not null,
    reserved_until    timestamptz   not null,
    state             varchar(16)   not null,
    ended_at          timestamptz,
    constraint resource_reservation_state check (state in ('reserved', 'lapsed', 'released', 'used'))
);
create index resource_reservation_open on resource_reservation (reserved_until) where state = 'reserved';
