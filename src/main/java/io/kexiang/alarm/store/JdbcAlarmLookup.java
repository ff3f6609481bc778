package io.kexiang.alarm.store;

import io.kexiang.alarm.AlarmLookup;
import io.kexiang.alarm.AlarmSummary;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        return findAll(List.of(alarmId)).stream().findFirst();
    }

    @Override
    public List<AlarmSummary> findAll(Collection<AlarmId> alarmIds) {
        if (alarmIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = alarmIds.stream().map(AlarmId::value).toArray(Long[]::new);
        Map<Long, List<AlarmSummary.Hit>> circuits = new HashMap<>();
        jdbc.query("""
                select alarm_id, circuit_id, circuit_type, customer_code, customer_name, tier,
                    account_manager_employee_id, account_manager_name
                from alarm_circuit where alarm_id = any (?) order by alarm_id, circuit_id""", rs -> {
            circuits.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new AlarmSummary.Hit(
                    CircuitId.of(rs.getString(2)), rs.getString(3), CustomerCode.orNull(rs.getString(4)),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        }, (Object) ids);
        Map<Long, AlarmSummary> found = new HashMap<>();
        jdbc.query("""
                select id, state, perceived_severity, probable_cause, specific_problem, network_element,
                    alarmed_object_id, is_root_cause, parent_alarm_id, raised_at, cleared_at
                from alarm where id = any (?)""", rs -> {
            long id = rs.getLong(1);
            found.put(id, new AlarmSummary(AlarmId.of(id), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                    AlarmId.orNull((Long) rs.getObject(9)), rs.getTimestamp(10).toInstant(),
                    instant(rs.getTimestamp(11)), List.copyOf(circuits.getOrDefault(id, List.of()))));
        }, (Object) ids);
        return alarmIds.stream().map(id -> found.get(id.value())).filter(Objects::nonNull).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
