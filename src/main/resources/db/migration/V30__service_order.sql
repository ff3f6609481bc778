-- Circuit orders (调单 / 业务开通, TMF641 serviceOrder): the order, its items (one circuit each, with what the
-- inventory needs when it is completed), and its cancellation.
create table service_order (
    id                          bigserial primary key,
    number                      varchar(32)  not null unique,
    external_id                 varchar(100),
    description                 varchar(2000),
    category                    varchar(16)  not null,
    priority                    varchar(8),
    state                       varchar(24)  not null,
    customer_code               varchar(64)  not null,
    customer_name               varchar(200) not null,
    account_manager_employee_id varchar(32),
    branch                      varchar(128) not null,
    time_limit                  varchar(16)  not null,
    requester                   varchar(100) not null,
    order_date                  timestamptz  not null,
    requested_completion        timestamptz,
    expected_completion         timestamptz  not null,
    completion_date             timestamptz,
    cancellation_date           timestamptz,
    cancellation_reason         varchar(2000),
    process_instance_id         varchar(64),
    constraint service_order_category check (category in ('intraProvince', 'crossProvince')),
    constraint service_order_state check (state in ('acknowledged', 'inProgress', 'completed', 'cancelled', 'failed'))
);
create index service_order_date on service_order (order_date desc);
create index service_order_customer on service_order (customer_code, order_date desc);

create table service_order_item (
    order_id      bigint       not null references service_order (id),
    item_id       varchar(32)  not null,
    action        varchar(8)   not null,
    circuit_id    varchar(64)  not null,
    circuit_type  varchar(16)  not null,
    spec          text         not null,
    state         varchar(24)  not null,
    primary key (order_id, item_id),
    constraint service_order_item_action check (action in ('add', 'modify', 'delete'))
);
