package io.kexiang.alarm.intake;

import io.kexiang.alarm.AlarmState;
import io.kexiang.inventory.CircuitMatch;
import java.lang.reflect.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The intake's SQL, a few statements per batch. Writers of one fault meet at its advisory lock, taken before its
 * alarms are read; the partial unique index on open reduction keys stands behind that.
 */
@Component
class AlarmRows {

    /** What a batch reads of an alarm it tracks (a trailing space: the statements go on after it). */
    private static final String TRACKED_COLUMNS = "id, reduction_key, network_element, family, is_root_cause, "
            + "raised_at, state, perceived_severity, reported_severity, alarm_details, occurrence_count, "
            + "last_occurrence, changed_at, cleared_at, clear_user_id, clear_system_id, flap_cycles, flapping, "
            + "parent_alarm_id ";

    private static final String TRACKED_COLUMNS_OF_A = TRACKED_COLUMNS.replaceAll("(\\w+)", "a.$1");

    /** The Java type of a column's values, by the PostgreSQL type its array is read as. */
    private static final Map<String, Class<?>> ELEMENT_CLASSES = Map.of("int8", Long.class, "timestamptz",
            Timestamp.class, "varchar", String.class, "text", String.class);

    private final JdbcTemplate jdbc;

    AlarmRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises the writers of these faults until the transaction ends, in one order for everyone (so that two
     * batches cannot wait for each other).
     */
    void lockKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.query("""
                select pg_advisory_xact_lock(h) from (
                    select distinct hashtextextended(k, 642) as h from unnest(?::text[]) k order by 1) locks""",
                (RowCallbackHandler) rs -> { }, (Object) keys.toArray(String[]::new));
    }

    /**
     * Each fault's open alarm (locked), or else its alarm cleared most recently since {@code clearedSince} (null:
     * none is wanted).
     */
    List<TrackedAlarm> current(Collection<String> keys, Instant clearedSince) {
        if (keys.isEmpty()) {
            return List.of();
        }
        String[] keyArray = keys.toArray(String[]::new);
        List<TrackedAlarm> found = new ArrayList<>(jdbc.query("select " + TRACKED_COLUMNS + """
                 from alarm where reduction_key = any (?) and state <> 'cleared' order by id for update""",
                AlarmRows::tracked, (Object) keyArray));
        if (clearedSince != null && found.size() < keyArray.length) {
            Set<String> open = new HashSet<>();
            found.forEach(alarm -> open.add(alarm.key));
            String[] others = keys.stream().filter(key -> !open.contains(key)).toArray(String[]::new);
            // Each fault's latest clear by itself (an index probe, limit 1): a flapping fault has cleared many alarms
            // inside the window, and reading them all and sorting them took 7 % of the statement time in bench/run.
            found.addAll(jdbc.query("select " + TRACKED_COLUMNS_OF_A + """
                     from unnest(?::text[]) k(key)
                     cross join lateral (select * from alarm c where c.reduction_key = k.key and c.state = 'cleared'
                                           and c.cleared_at >= ? order by c.cleared_at desc, c.id desc limit 1) a
                     where not exists (select 1 from alarm o where o.reduction_key = k.key and o.state <> 'cleared')""",
                    AlarmRows::tracked, others, ts(clearedSince)));
        }
        return found;
    }

    /** Open root-cause alarms of the elements raised between the two times. */
    List<TrackedAlarm> openRoots(Collection<String> elements, Instant from, Instant to) {
        return jdbc.query("select " + TRACKED_COLUMNS + """
                 from alarm where network_element = any (?) and is_root_cause and state <> 'cleared'
                    and raised_at between ? and ?""", AlarmRows::tracked, elements.toArray(String[]::new), ts(from),
                ts(to));
    }

    /** Open interface alarms of the elements, nobody's children, raised between the two times. */
    List<TrackedAlarm> orphanInterfaces(Collection<String> elements, Instant from, Instant to) {
        return jdbc.query("select " + TRACKED_COLUMNS + """
                 from alarm where network_element = any (?) and state <> 'cleared' and parent_alarm_id is null
                    and not is_root_cause and family = 'interface' and raised_at between ? and ?""",
                AlarmRows::tracked, elements.toArray(String[]::new), ts(from), ts(to));
    }

    List<Long> nextIds(int count) {
        return jdbc.queryForList("select nextval(pg_get_serial_sequence('alarm', 'id')) from generate_series(1, ?)",
                Long.class, count);
    }

    /** New alarms, with what the batch has done to them since it opened them. */
    void insert(List<TrackedAlarm> alarms) {
        if (alarms.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(alarms.size());
        for (TrackedAlarm tracked : alarms) {
            NewAlarm alarm = tracked.created;
            rows.add(new Object[] {tracked.id, alarm.reductionKey(), tracked.state.tmf(), alarm.alarmType(),
                alarm.probableCause(), alarm.specificProblem(), tracked.severity, tracked.reportedSeverity,
                alarm.object().id(), alarm.object().type(), alarm.networkElement(), alarm.sourceAddress(),
                alarm.sourceSystemId(), alarm.externalAlarmId(), alarm.notification(), alarm.family(),
                alarm.resourceJson(), tracked.details, ts(alarm.raisedAt()), ts(tracked.changedAt),
                ts(tracked.changedAt), ts(alarm.raisedAt()), ts(tracked.lastOccurrence), tracked.occurrences,
                ts(tracked.clearedAt), tracked.clearSystemId, alarm.rootCause(), tracked.parentId,
                alarm.correlationReason(), !alarm.circuits().isEmpty(), tracked.flapCycles, tracked.flapping,
                alarm.cutoverId() != null, alarm.cutoverId()});
        }
        jdbc.batchUpdate("""
                insert into alarm (id, reduction_key, state, alarm_type, probable_cause, specific_problem,
                    perceived_severity, reported_severity, alarmed_object_id, alarmed_object_type, network_element,
                    source_address, source_system_id, external_alarm_id, notification, family, resource,
                    alarm_details, raised_at, reported_at, changed_at, first_occurrence, last_occurrence,
                    occurrence_count, cleared_at, clear_system_id, is_root_cause, parent_alarm_id,
                    correlation_reason, service_affecting, flap_cycles, flapping, planned_outage, cutover_id)
                overriding system value
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?)""", rows);
    }

    /**
     * The columns the intake owns, as the batch left them, in one statement; the rows were locked when the batch
     * read them.
     */
    void update(List<TrackedAlarm> alarms) {
        if (alarms.isEmpty()) {
            return;
        }
        // One array per column, in the order of unnest's arguments; types says how PostgreSQL is to read each.
        List<Object[]> arrays = List.of(
                column(alarms, String[]::new, alarm -> alarm.state.tmf()),
                column(alarms, String[]::new, alarm -> alarm.severity),
                column(alarms, String[]::new, alarm -> alarm.reportedSeverity),
                column(alarms, String[]::new, alarm -> alarm.details),
                column(alarms, Integer[]::new, alarm -> alarm.occurrences),
                column(alarms, Timestamp[]::new, alarm -> ts(alarm.lastOccurrence)),
                column(alarms, Timestamp[]::new, alarm -> ts(alarm.changedAt)),
                column(alarms, Timestamp[]::new, alarm -> ts(alarm.clearedAt)),
                column(alarms, String[]::new, alarm -> alarm.clearUserId),
                column(alarms, String[]::new, alarm -> alarm.clearSystemId),
                column(alarms, Integer[]::new, alarm -> alarm.flapCycles),
                column(alarms, Boolean[]::new, alarm -> alarm.flapping),
                column(alarms, Long[]::new, alarm -> alarm.id));
        List<String> types = List.of("varchar", "varchar", "varchar", "varchar", "int4", "timestamptz", "timestamptz",
                "timestamptz", "varchar", "varchar", "int4", "bool", "int8");
        withArrays("""
                update alarm a set state = u.state, perceived_severity = u.severity,
                    reported_severity = u.reported, alarm_details = u.details, occurrence_count = u.occurrences,
                    last_occurrence = u.last_occurrence, changed_at = u.changed_at, cleared_at = u.cleared_at,
                    clear_user_id = u.clear_user, clear_system_id = u.clear_system, flap_cycles = u.flap_cycles,
                    flapping = u.flapping
                from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) as u(state, severity, reported, details,
                    occurrences, last_occurrence, changed_at, cleared_at, clear_user, clear_system, flap_cycles,
                    flapping, id)
                where a.id = u.id""", arrays, types);
    }

    /** Runs the statement with one array per parameter, each read by PostgreSQL as the type of the same place. */
    private void withArrays(String sql, List<Object[]> arrays, List<String> types) {
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int c = 0; c < arrays.size(); c++) {
                statement.setArray(c + 1, connection.createArrayOf(types.get(c), arrays.get(c)));
            }
            return statement;
        });
    }

    private static <T> T[] column(List<TrackedAlarm> alarms, IntFunction<T[]> array,
            Function<TrackedAlarm, T> value) {
        T[] column = array.apply(alarms.size());
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(alarms.get(i));
        }
        return column;
    }

    private static TrackedAlarm tracked(ResultSet rs, int row) throws SQLException {
        TrackedAlarm alarm = new TrackedAlarm(rs.getLong("id"), rs.getString("reduction_key"),
                rs.getString("network_element"), rs.getString("family"), rs.getBoolean("is_root_cause"),
                instant(rs.getTimestamp("raised_at")));
        alarm.state = AlarmState.ofTmf(rs.getString("state")).orElseThrow();
        alarm.severity = rs.getString("perceived_severity");
        alarm.reportedSeverity = rs.getString("reported_severity");
        alarm.details = rs.getString("alarm_details");
        alarm.occurrences = rs.getInt("occurrence_count");
        alarm.lastOccurrence = instant(rs.getTimestamp("last_occurrence"));
        alarm.changedAt = instant(rs.getTimestamp("changed_at"));
        alarm.clearedAt = instant(rs.getTimestamp("cleared_at"));
        alarm.clearUserId = rs.getString("clear_user_id");
        alarm.clearSystemId = rs.getString("clear_system_id");
        alarm.flapCycles = rs.getInt("flap_cycles");
        alarm.flapping = rs.getBoolean("flapping");
        alarm.parentId = (Long) rs.getObject("parent_alarm_id");
        return alarm;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A row of alarm_circuit: the alarm hits the circuit, with its customer as it was then. */
    static Object[] circuitRow(long alarmId, CircuitMatch circuit) {
        return new Object[] {alarmId, circuit.circuitId().value(), circuit.type().name(),
            circuit.customerCode().value(), circuit.customerName(), circuit.tier().name(),
            circuit.accountManager() == null ? null : circuit.accountManager().employeeId(),
            circuit.accountManager() == null ? null : circuit.accountManager().name()};
    }

    void link(List<Object[]> circuitRows) {
        if (!circuitRows.isEmpty()) {
            jdbc.batchUpdate("insert into alarm_circuit (alarm_id, circuit_id, circuit_type, customer_code, "
                    + "customer_name, tier, account_manager_employee_id, account_manager_name) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", circuitRows);
        }
    }

    /** Rows of alarm id, raw event id, received at, severity. */
    void events(List<Object[]> events) {
        insertColumns("""
                insert into alarm_event (alarm_id, raw_event_id, received_at, severity)
                select * from unnest(?, ?, ?, ?) on conflict do nothing""", events,
                "int8", "int8", "timestamptz", "varchar");
    }

    /** Rows of alarm id, at, actor, system id, action, detail (JSON). */
    void journal(List<Object[]> entries) {
        insertColumns("""
                insert into alarm_journal (alarm_id, at, actor, system_id, action, detail)
                select a, t, actor, s, action, d::jsonb from unnest(?, ?, ?, ?, ?, ?) u(a, t, actor, s, action, d)""",
                entries, "int8", "timestamptz", "varchar", "varchar", "varchar", "text");
    }

    /**
     * Inserts the rows through one array per column (the statement's parameters, typed as given): a batch of a
     * thousand rows binds a handful of arrays, not thousands of parameters.
     */
    private void insertColumns(String sql, List<Object[]> rows, String... types) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> arrays = new ArrayList<>(types.length);
        for (int c = 0; c < types.length; c++) {
            Object[] column = (Object[]) Array.newInstance(ELEMENT_CLASSES.get(types[c]), rows.size());
            for (int r = 0; r < column.length; r++) {
                column[r] = rows.get(r)[c];
            }
            arrays.add(column);
        }
        withArrays(sql, arrays, List.of(types));
    }

    /**
     * Makes the element's open alarms raised around the root's time the root's children, and lists their circuits
     * on the root too; returns the ids adopted.
     */
    List<Long> adopt(long rootId, String networkElement, Instant at, Duration window, String reason) {
        List<Long> adopted = jdbc.queryForList("""
                update alarm set parent_alarm_id = ?, correlation_reason = ?, changed_at = now()
                where network_element = ? and id <> ? and state <> 'cleared' and parent_alarm_id is null
                    and not is_root_cause and raised_at between ? and ?
                returning id""", Long.class, rootId, reason, networkElement, rootId, ts(at.minus(window)),
                ts(at.plus(window)));
        if (!adopted.isEmpty()) {
            jdbc.update("""
                    insert into alarm_circuit (alarm_id, circuit_id, circuit_type, customer_code, customer_name, tier,
                        account_manager_employee_id, account_manager_name)
                    select ?, circuit_id, circuit_type, customer_code, customer_name, tier,
                        account_manager_employee_id, account_manager_name
                    from alarm_circuit where alarm_id = any (?) on conflict do nothing""", rootId,
                    adopted.toArray(Long[]::new));
        }
        return adopted;
    }

    /** How many of a root's children are still open. */
    int openChildren(long rootId) {
        Integer open = jdbc.queryForObject("select count(*) from alarm where parent_alarm_id = ? and state <> 'cleared'",
                Integer.class, rootId);
        return open == null ? 0 : open;
    }

    /** Rows of root id, child id: every customer a storm hits is on the root as well. */
    void shareCircuits(List<Object[]> rootAndChild) {
        if (rootAndChild.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into alarm_circuit (alarm_id, circuit_id, circuit_type, customer_code, customer_name, tier,
                    account_manager_employee_id, account_manager_name)
                select ?, circuit_id, circuit_type, customer_code, customer_name, tier, account_manager_employee_id,
                    account_manager_name
                from alarm_circuit where alarm_id = ? on conflict do nothing""", rootAndChild);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
