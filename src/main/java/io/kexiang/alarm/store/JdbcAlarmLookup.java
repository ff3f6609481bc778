package io.kexiang.alarm.store;

import io.kexiang.alarm.AlarmLookup;
import io.kexiang.alarm.AlarmSummary;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcAlarmLookup implements AlarmLookup {

    private final JdbcTemplate jdbc;

    JdbcAlarmLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AlarmSummary> find(AlarmId alarmId) {
        List<AlarmSummary.Hit> circuits = jdbc.query("""
                select circuit_id, circuit_type, customer_code, customer_name, tier, account_manager_employee_id,
                    account_manager_name
                from alarm_circuit where alarm_id = ? order by circuit_id""", (rs, row) -> new AlarmSummary.Hit(
                CircuitId.of(rs.getString(1)), rs.getString(2), CustomerCode.orNull(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7)), alarmId.value());
        return jdbc.query("""
                select id, state, perceived_severity, probable_cause, specific_problem, network_element,
                    alarmed_object_id, is_root_cause, parent_alarm_id, raised_at, cleared_at
                from alarm where id = ?""", (rs, row) -> new AlarmSummary(AlarmId.of(rs.getLong(1)), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getBoolean(8), AlarmId.orNull((Long) rs.getObject(9)), rs.getTimestamp(10).toInstant(),
                instant(rs.getTimestamp(11)), circuits), alarmId.value()).stream().findFirst();
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
