-- Pre-sales cases (售前): a customer's access requirement from the group-customer department, worked through the
-- presales process; how it ended is the process's (its end event), kept here once known.
create table presales_case (
    id                   bigserial primary key,
    number               varchar(32)  not null unique,
    customer_code        varchar(64)  not null,
    customer_name        varchar(200) not null,
    account_manager_employee_id varchar(32),
    requirement          varchar(4000) not null,
    service_type         varchar(16)  not null,
    bandwidth            varchar(32),
    site_address         varchar(500) not null,
    wanted_date          timestamptz,
    requester            varchar(100) not null,
    requested_at         timestamptz  not null,
    process_instance_id  varchar(64),
    handed_over_at       timestamptz,
    contract_number      varchar(100)
);
create index presales_case_requested on presales_case (requested_at desc);
