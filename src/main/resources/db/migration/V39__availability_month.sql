-- 可用率 frozen by month: once a month has settled (kexiang.kpi.availability.settle after its end), each circuit's
-- outage minutes and failures in it are kept here, so that a quarter, a year or the heat map read sums instead of a
-- year of alarms. A month is read from here only when it is marked frozen; recomputed on request (an admin, after a
-- late correction), never changed otherwise.
create table availability_month (
    month          varchar(7)  not null,
    circuit_id     varchar(64) not null,
    outage_minutes bigint      not null,
    failures       integer     not null,
    primary key (month, circuit_id)
);
create table availability_month_frozen (
    month      varchar(7)   primary key,
    circuits   integer      not null,
    frozen_at  timestamptz  not null,
    frozen_by  varchar(128) not null
);
