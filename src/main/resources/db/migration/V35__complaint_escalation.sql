-- Complaints that go to the VP in charge (主管副总): a major complaint, or a monthly complaint count that rose month
-- after month, overall or for one customer. Each is raised once (kind and subject are unique); the VP's instructions
-- and the centre's follow-ups are kept with it until it is closed.
create table complaint_escalation (
    id             bigint generated always as identity primary key,
    kind           varchar(16)   not null check (kind in ('major', 'rising')),
    subject        varchar(120)  not null,
    customer_code  varchar(64),
    customer_name  varchar(200),
    ticket_number  varchar(32),
    detail         varchar(1000) not null,
    raised_at      timestamptz   not null,
    closed_at      timestamptz,
    closed_by      varchar(128),
    unique (kind, subject)
);
create index complaint_escalation_raised on complaint_escalation (raised_at desc);

create table complaint_instruction (
    id            bigint generated always as identity primary key,
    escalation_id bigint        not null references complaint_escalation (id) on delete cascade,
    kind          varchar(16)   not null check (kind in ('instruction', 'followUp')),
    text          varchar(2000) not null,
    author        varchar(128)  not null,
    at            timestamptz   not null
);
create index complaint_instruction_escalation on complaint_instruction (escalation_id, at);
