-- The TMF hub serves several APIs now (alarmManagement, troubleTicket): subscriptions and notifications name theirs.
alter table hub_subscription add column api varchar(32) not null default 'alarmManagement';
alter table hub_subscription alter column api drop default;
alter table hub_notification add column api varchar(32) not null default 'alarmManagement';
alter table hub_notification alter column api drop default;
alter table hub_notification rename column alarm_id to resource_id;
