create table network_element (
    id         bigserial primary key,
    name       varchar(128) not null unique,
    vendor     varchar(64),
    model      varchar(64),
    site       varchar(128),
    role       varchar(16)  not null check (role in ('PE', 'CE', 'DDN_NODE', 'ATM_SWITCH', 'FR_SWITCH', 'ACCESS')),
    nms_name   varchar(128),
    status     varchar(16)  not null default 'ACTIVE' check (status in ('ACTIVE', 'CEASED')),
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    version    bigint       not null default 0
);
create index network_element_nms_name on network_element (lower(nms_name));

-- A management address belongs to exactly one network element: traps are matched on it.
create table ne_address (
    ne_id   bigint      not null references network_element (id) on delete cascade,
    address varchar(45) not null unique,
    primary key (ne_id, address)
);

create table group_customer (
    id                 bigserial primary key,
    customer_code      varchar(32)  not null unique,
    name               varchar(128) not null,
    tier               varchar(3)   not null check (tier in ('AAA', 'AA', 'A', 'B')),
    industry           varchar(64),
    account_manager_id bigint references person (id),
    status             varchar(16)  not null default 'ACTIVE' check (status in ('ACTIVE', 'CEASED')),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);
create index group_customer_account_manager on group_customer (account_manager_id);

create table customer_contact (
    id          bigserial primary key,
    customer_id bigint       not null references group_customer (id) on delete cascade,
    name        varchar(64)  not null,
    title       varchar(64),
    phone       varchar(32),
    mobile      varchar(32),
    email       varchar(254),
    position    integer      not null default 0
);
create index customer_contact_customer on customer_contact (customer_id);

create table circuit (
    id             bigserial primary key,
    circuit_id     varchar(64)  not null unique,
    customer_id    bigint       not null references group_customer (id),
    type           varchar(8)   not null check (type in ('DDN', 'ATM', 'FR', 'MPLS_VPN')),
    bandwidth_kbps bigint check (bandwidth_kbps > 0),
    status         varchar(16)  not null check (status in ('IN_SERVICE', 'CUTOVER', 'SUSPENDED', 'CEASED')),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);
create index circuit_customer on circuit (customer_id);

-- One row per circuit end: the network element and interface plus the identifiers of the circuit's kind.
create table termination (
    id                  bigserial primary key,
    circuit_id          bigint      not null references circuit (id) on delete cascade,
    end_label           varchar(1)    not null check (end_label in ('A', 'Z')),
    ne_id               bigint      not null references network_element (id),
    if_index            integer check (if_index > 0),
    if_name             varchar(64),
    dlci                integer check (dlci between 0 and 8388607),
    vpi                 integer check (vpi between 0 and 4095),
    vci                 integer check (vci between 0 and 65535),
    vrf                 varchar(64),
    route_distinguisher varchar(32),
    e1_line             varchar(32),
    timeslots           varchar(64),
    unique (circuit_id, end_label)
);
create index termination_ne on termination (ne_id);

create trigger network_element_audit after insert or update or delete on network_element
    for each row execute function audit_row('name');
create trigger group_customer_audit after insert or update or delete on group_customer
    for each row execute function audit_row('customer_code');
create trigger circuit_audit after insert or update or delete on circuit
    for each row execute function audit_row('circuit_id');
create trigger termination_audit after insert or update or delete on termination
    for each row execute function audit_row('circuit_id');
create trigger ne_address_audit after insert or update or delete on ne_address
    for each row execute function audit_row('ne_id');
create trigger customer_contact_audit after insert or update or delete on customer_contact
    for each row execute function audit_row('customer_id');
create trigger person_audit after insert or update or delete on person
    for each row execute function audit_row('employee_id');
