-- A notice keeps the subject and text it was sent with, so that it can be read in Kexiang (an account manager
-- without mail still needs it); one that had no channel to go by is 'undeliverable', not 'sent'.
alter table cutover_notice add column subject varchar(300);
alter table cutover_notice add column body text;
alter table cutover_notice alter column state type varchar(16);
alter table cutover_notice drop constraint cutover_notice_state_check;
alter table cutover_notice add constraint cutover_notice_state_check
    check (state in ('scheduled', 'sent', 'undeliverable', 'superseded'));
