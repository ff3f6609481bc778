-- The normalised view of each accepted event (rules/*.yaml), beside its raw bytes and decoded varbinds.
alter table raw_event
    add column family          varchar(64),
    add column event_type      varchar(64),
    add column probable_cause  varchar(128),
    add column specific_problem varchar(256),
    add column severity        varchar(16),
    add column resource        jsonb,
    add column additional_text varchar(1024);
