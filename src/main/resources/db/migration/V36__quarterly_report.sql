-- 季报: the centre's quarterly report. Its computed sections are computed when shown; what people write (the
-- narrative sections and the typical cases picked) is kept here, as a draft until submitted. The submission is the
-- delivery of the quarterly report that report_delivery owes.
create table quarterly_report (
    quarter       varchar(8)    primary key,
    narrative     jsonb         not null default '{}',
    typical_cases varchar(1000),
    state         varchar(16)   not null check (state in ('draft', 'submitted')),
    updated_at    timestamptz   not null,
    updated_by    varchar(128)  not null,
    submitted_at  timestamptz,
    submitted_by  varchar(128)
);
