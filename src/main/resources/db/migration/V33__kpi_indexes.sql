-- The KPIs (考核) read what ended in a period: tickets restored, answered or closed in it, checks answered and
-- orders completed in it, and the customer waits (pending) of tickets. A quarter of a year's data is read by these
-- ranges, not by scanning the tables.
create index trouble_ticket_resolved on trouble_ticket (ticket_type, resolved_at) where resolved_at is not null;
create index trouble_ticket_closed on trouble_ticket (ticket_type, closed_at) where closed_at is not null;
create index trouble_ticket_responded on trouble_ticket (responded_at) where responded_at is not null;
create index trouble_ticket_unanswered on trouble_ticket (response_due) where responded_at is null;
create index trouble_ticket_type_created on trouble_ticket (ticket_type, created_at);
create index ticket_status_change_pending on ticket_status_change (at) where status = 'pending';
create index service_qualification_answered on service_qualification (answered_at) where answered_at is not null;
create index service_order_completed on service_order (completion_date) where completion_date is not null;
