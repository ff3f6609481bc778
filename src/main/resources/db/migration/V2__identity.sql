create table department (
    id        bigserial primary key,
    name      varchar(128) not null unique,
    parent_id bigint references department (id)
);

create table person (
    id                  bigserial primary key,
    employee_id         varchar(32)  not null unique,
    name                varchar(64)  not null,
    department_id       bigint references department (id),
    email               varchar(254),
    mobile              varchar(32),
    password_hash       varchar(100),
    enabled             boolean      not null default true,
    failed_login_count  integer      not null default 0,
    last_failed_login   timestamptz,
    last_login          timestamptz,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0
);

create table person_role (
    person_id bigint      not null references person (id) on delete cascade,
    role      varchar(32) not null check (role in ('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP',
                                                   'ACCOUNT_MANAGER', 'ADMIN', 'NMS_CLIENT')),
    primary key (person_id, role)
);

-- Machine clients (NMS platforms) authenticate with bearer tokens; only a SHA-256 of the token is stored.
create table api_token (
    id          bigserial primary key,
    name        varchar(64)  not null unique,
    token_hash  varchar(64)     not null unique,
    token_hint  varchar(16)  not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz,
    revoked_at  timestamptz
);

create table api_token_role (
    token_id bigint      not null references api_token (id) on delete cascade,
    role     varchar(32) not null,
    primary key (token_id, role)
);
