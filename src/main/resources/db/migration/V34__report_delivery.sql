-- The reports the centre owes (三个报告): a fault report after each important customer's fault, an operation analysis
-- report per important customer and month, the quarterly report. One row per report owed, made by the schedule; its
-- delivery is recorded once, and 三个报告提供及时率 counts delivered by the due time / due.
create table report_delivery (
    id             bigint generated always as identity primary key,
    kind           varchar(16)  not null check (kind in ('fault', 'operation', 'quarterly')),
    subject        varchar(64)  not null,
    customer_code  varchar(64),
    customer_name  varchar(200),
    account_manager_employee_id varchar(32),
    period         varchar(16),
    due_at         timestamptz  not null,
    reminded_at    timestamptz,
    delivered_at   timestamptz,
    delivered_by   varchar(128),
    note           varchar(1000),
    created_at     timestamptz  not null,
    unique (kind, subject)
);
create index report_delivery_due on report_delivery (due_at);
create index report_delivery_open on report_delivery (due_at) where delivered_at is null;
