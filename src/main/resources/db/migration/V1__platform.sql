-- Durable domain-event publications (Spring Modulith, JPA registry).
create table event_publication (
    id               uuid primary key,
    listener_id      text        not null,
    event_type       text        not null,
    serialized_event text        not null,
    publication_date timestamptz not null,
    completion_date  timestamptz
);
create index event_publication_incomplete on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (
    id               uuid primary key,
    listener_id      text        not null,
    event_type       text        not null,
    serialized_event text        not null,
    publication_date timestamptz not null,
    completion_date  timestamptz
);

-- Every change to an audited table lands here, whichever path made it (JPA, batch import, hand-written SQL).
-- The application names the actor once per transaction: select set_config('kexiang.actor', 'who', true).
create table audit_entry (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor       varchar(64) not null,
    entity_type varchar(64) not null,
    entity_key  varchar(128) not null,
    action      varchar(8)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    before      jsonb,
    after       jsonb
);
create index audit_entry_entity on audit_entry (entity_type, entity_key, occurred_at desc);
create index audit_entry_time on audit_entry (occurred_at desc);

-- TG_ARGV[0] names the column that holds the row's natural key. Credentials and login counters are never
-- copied into the audit trail; a password change is recorded as the fact that it happened.
create function audit_row() returns trigger language plpgsql as $$
declare
    old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
    row_key text  := coalesce(new_row, old_row) ->> tg_argv[0];
    unaudited text[] := array['password_hash', 'failed_login_count', 'last_failed_login', 'last_login',
                              'version', 'updated_at'];
begin
    if tg_op = 'UPDATE' and (old_row ->> 'password_hash') is distinct from (new_row ->> 'password_hash') then
        new_row := new_row || '{"password_changed": true}';
    end if;
    old_row := old_row - unaudited;
    new_row := new_row - unaudited;
    if tg_op = 'UPDATE' and old_row = new_row then
        return new;
    end if;
    insert into audit_entry (actor, entity_type, entity_key, action, before, after)
    values (coalesce(nullif(current_setting('kexiang.actor', true), ''), 'system'), tg_table_name, row_key,
            case tg_op when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end,
            old_row, new_row);
    return coalesce(new, old);
end $$;
