-- 应急事件总结: the summary the emergency plans require after a major incident ends. Its timeline, customers,
-- circuits and duration are computed from the incident's tickets when shown; what people write (the actions taken,
-- the cause, the lessons, the improvements) is kept here, as a draft until submitted. It is owed (report_delivery,
-- kind incident) from the incident's end; the submission is its delivery.
create table incident_summary (
    incident_id   bigint        primary key,
    narrative     jsonb         not null default '{}',
    state         varchar(16)   not null check (state in ('draft', 'submitted')),
    updated_at    timestamptz   not null,
    updated_by    varchar(128)  not null,
    submitted_at  timestamptz,
    submitted_by  varchar(128)
);
alter table report_delivery drop constraint report_delivery_kind_check;
alter table report_delivery add constraint report_delivery_kind_check
    check (kind in ('fault', 'operation', 'quarterly', 'incident'));
