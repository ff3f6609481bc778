-- The board's and the TMF642 list's filters by tier and circuit type, and an account manager's scope, find the alarms
-- through their circuits. alarm_circuit keeps the circuits of every alarm ever raised (cleared ones too), so without
-- these each such read went through all of it; the alarm id in the key lets the filter answer from the index alone.
create index alarm_circuit_tier on alarm_circuit (tier, alarm_id);
create index alarm_circuit_type on alarm_circuit (circuit_type, alarm_id);
create index alarm_circuit_account_manager on alarm_circuit (account_manager_employee_id, alarm_id);
