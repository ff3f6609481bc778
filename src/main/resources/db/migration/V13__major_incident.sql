-- Major incidents (the emergency plan's 一般 / 较大 / 重大): a root fault flagged with its emergency level. The level
-- only rises; each rise is declared (and the emergency group told) once.
create table major_incident (
    root_alarm_id bigint       primary key,
    level         integer      not null,
    level_name    varchar(32)  not null,
    customers     integer      not null,
    reason        varchar(400) not null,
    declared_at   timestamptz  not null,
    updated_at    timestamptz  not null
);
