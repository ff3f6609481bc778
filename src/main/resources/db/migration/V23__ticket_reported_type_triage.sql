-- TMF621's ticketType is free text: the type as the client sent it is kept beside the kind Kexiang files it under
-- (fault, consultation, complaint). A ticket that names no circuit or customer waits in triage for the NOC.
alter table trouble_ticket add column reported_type varchar(64);
alter table trouble_ticket add column triage boolean not null default false;
create index trouble_ticket_triage on trouble_ticket (created_at desc) where triage;
