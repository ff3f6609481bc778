-- The platform's audit function names no module's columns (issue 14; V9 had added network elements' secret to
-- it). Each table's trigger says what it needs: its key column first, then the columns left out of the trail
-- (bookkeeping), a secret marked with '*' and recorded only as changed ('*password_hash=password' records
-- "password_changed": true). version and updated_at are left out everywhere.
create or replace function audit_row() returns trigger language plpgsql as $$
declare
    old_row   jsonb  := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    new_row   jsonb  := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
    row_key   text   := coalesce(new_row, old_row) ->> tg_argv[0];
    unaudited text[] := array['version', 'updated_at'];
    argument  text;
    column_name text;
    label     text;
begin
    for i in 1 .. tg_nargs - 1 loop
        argument := tg_argv[i];
        if left(argument, 1) = '*' then
            column_name := split_part(substr(argument, 2), '=', 1);
            label := coalesce(nullif(split_part(substr(argument, 2), '=', 2), ''), column_name);
            if tg_op = 'UPDATE' and (old_row ->> column_name) is distinct from (new_row ->> column_name) then
                new_row := new_row || jsonb_build_object(label || '_changed', true);
            end if;
        else
            column_name := argument;
        end if;
        unaudited := unaudited || column_name;
    end loop;
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

-- The two tables whose rows carry secrets or sign-in bookkeeping say so themselves.
drop trigger person_audit on person;
create trigger person_audit after insert or update or delete on person
    for each row execute function audit_row('employee_id', '*password_hash=password', 'failed_login_count',
                                            'last_failed_login', 'last_login');
drop trigger network_element_audit on network_element;
create trigger network_element_audit after insert or update or delete on network_element
    for each row execute function audit_row('name', '*trap_communities');
