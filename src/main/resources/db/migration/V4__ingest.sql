-- Every datagram or feed record that reached Kexiang, decoded or not, with its raw bytes. Partitioned by day so
-- that retention drops whole partitions; the application creates partitions ahead of time (PartitionMaintenance).
-- A sequence rather than an identity column: PostgreSQL before 17 has no identity on partitioned tables.
create sequence raw_event_id_seq;

create table raw_event (
    id             bigint       not null default nextval('raw_event_id_seq'),
    received_at    timestamptz  not null,
    transport      varchar(8)   not null,
    source_address varchar(45)  not null,
    source_port    integer,
    snmp_version   varchar(4),
    pdu_type       varchar(16),
    outcome        varchar(12)  not null check (outcome in ('ACCEPTED', 'REJECTED', 'UNDECODABLE')),
    reason         varchar(160),
    trap_oid       varchar(256),
    notification   varchar(160),
    network_element varchar(128),
    decoded        jsonb,
    raw            bytea        not null,
    primary key (received_at, id)
) partition by range (received_at);

-- Rows whose day has no partition yet (a clock far off, a late maintenance run) land here rather than fail.
create table raw_event_default partition of raw_event default;

create index raw_event_notification on raw_event (notification, received_at desc);
create index raw_event_source on raw_event (source_address, received_at desc);
create index raw_event_element on raw_event (network_element, received_at desc);
