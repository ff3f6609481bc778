-- A plan that hits no circuit is submitted only when its planner says so: "no customer impact" is a decision,
-- not what a typo in the scope looks like.
alter table cutover_plan add column no_customer_impact boolean not null default false;
