-- SNMPv3 discovery (engine ID, boots and time: RFC 3414 4) is archived as what it is, not as a refusal.
alter table raw_event drop constraint raw_event_outcome_check;
alter table raw_event add constraint raw_event_outcome_check
    check (outcome in ('ACCEPTED', 'REJECTED', 'UNDECODABLE', 'DISCOVERY'));
