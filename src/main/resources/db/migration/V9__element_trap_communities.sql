-- SNMPv1/v2c communities accepted from one network element; none means the receiver's global list applies.
-- They are shared secrets, so the audit trail records that they changed, never what they are.
alter table network_element add column trap_communities varchar(512);

create or replace function audit_row() returns trigger language plpgsql as $$
declare
    old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
    row_key text  := coalesce(new_row, old_row) ->> tg_argv[0];
    unaudited text[] := array['password_hash', 'failed_login_count', 'last_failed_login', 'last_login',
                              'version', 'updated_at', 'trap_communities'];
begin
    if tg_op = 'UPDATE' and (old_row ->> 'password_hash') is distinct from (new_row ->> 'password_hash') then
        new_row := new_row || '{"password_changed": true}';
    end if;
    if tg_op = 'UPDATE' and (old_row ->> 'trap_communities') is distinct from (new_row ->> 'trap_communities') then
        new_row := new_row || '{"trap_communities_changed": true}';
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
