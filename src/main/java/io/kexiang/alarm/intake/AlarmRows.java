package io.kexiang.alarm.intake;

import io.kexiang.inventory.CircuitMatch;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The intake's SQL. Every statement finds its alarm by reduction key under the partial unique index, so that
 * concurrent writers of one fault meet in the database rather than open two alarms.
 */
@Component
class AlarmRows {

    private final JdbcTemplate jdbc;

    AlarmRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A repeat of an open fault: one more occurrence, the latest severity and text. */
    Optional<OpenAlarm> reduce(String key, String severity, String reported, String details, Instant at,
            Instant now) {
        return jdbc.query("""
                with open as (select id, perceived_severity from alarm
                              where reduction_key = ? and state <> 'cleared' for update)
                update alarm a set occurrence_count = a.occurrence_count + 1,
                    last_occurrence = greatest(a.last_occurrence, ?), changed_at = ?,
                    perceived_severity = ?, reported_severity = ?, alarm_details = coalesce(?, a.alarm_details),
                    state = case when a.perceived_severity <> ? then 'updated' else a.state end
                from open where a.id = open.id
                returning a.id, a.perceived_severity, open.perceived_severity, a.flapping, a.flap_cycles,
                    a.parent_alarm_id""", (rs, row) -> new OpenAlarm(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getBoolean(4), rs.getInt(5), (Long) rs.getObject(6)), key, ts(at), ts(now), severity, reported,
                details, severity).stream().findFirst();
    }

    /** Serialises the writers of one fault that found it not open, so that a reopen and an insert cannot race. */
    void lock(String key) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 642))", (RowCallbackHandler) rs -> { }, key);
    }

    /** The fault's alarm cleared most recently, if that was after {@code since}. */
    Optional<OpenAlarm> lastCleared(String key, Instant since) {
        return jdbc.query("""
                select id, perceived_severity, flapping, flap_cycles, parent_alarm_id from alarm
                where reduction_key = ? and state = 'cleared' and cleared_at >= ?
                order by cleared_at desc, id desc limit 1""", (rs, row) -> new OpenAlarm(rs.getLong(1),
                rs.getString(2), "cleared", rs.getBoolean(3), rs.getInt(4), (Long) rs.getObject(5)), key, ts(since))
                .stream().findFirst();
    }

    /** The same alarm again, one more raise/clear cycle; flapping from {@code flapCycles} cycles on. */
    OpenAlarm reopen(long id, int flapCycles, String severity, String reported, String details, Instant at,
            Instant now) {
        return jdbc.queryForObject("""
                update alarm set state = 'raised', cleared_at = null, clear_user_id = null, clear_system_id = null,
                    perceived_severity = ?, reported_severity = ?, alarm_details = coalesce(?, alarm_details),
                    occurrence_count = occurrence_count + 1, last_occurrence = ?, changed_at = ?,
                    flap_cycles = flap_cycles + 1, flapping = flapping or flap_cycles + 1 >= ?
                where id = ?
                returning id, perceived_severity, flapping, flap_cycles, parent_alarm_id""",
                (rs, row) -> new OpenAlarm(rs.getLong(1), rs.getString(2), "cleared", rs.getBoolean(3),
                        rs.getInt(4), (Long) rs.getObject(5)),
                severity, reported, details, ts(at), ts(now), flapCycles, id);
    }

    /** A new fault; if another writer opened it meanwhile, this event is a repeat of that one. */
    OpenAlarm insert(NewAlarm alarm, Instant now) {
        return jdbc.queryForObject("""
                insert into alarm (reduction_key, state, alarm_type, probable_cause, specific_problem,
                    perceived_severity, reported_severity, alarmed_object_id, alarmed_object_type, network_element,
                    source_address, source_system_id, external_alarm_id, notification, family, resource,
                    alarm_details, raised_at, reported_at, changed_at, first_occurrence, last_occurrence,
                    is_root_cause, parent_alarm_id, correlation_reason, service_affecting, flap_cycles, planned_outage,
                    cutover_id)
                values (?, 'raised', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?)
                on conflict (reduction_key) where state <> 'cleared' do update
                    set occurrence_count = alarm.occurrence_count + 1,
                        last_occurrence = greatest(alarm.last_occurrence, excluded.last_occurrence),
                        changed_at = excluded.changed_at
                returning id, perceived_severity, case when xmax = 0 then null else perceived_severity end,
                    flapping, flap_cycles, parent_alarm_id""",
                (rs, row) -> new OpenAlarm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getInt(5), (Long) rs.getObject(6)),
                alarm.reductionKey(), alarm.alarmType(), alarm.probableCause(), alarm.specificProblem(),
                alarm.severity(), alarm.reportedSeverity(), alarm.object().id(), alarm.object().type(),
                alarm.networkElement(), alarm.sourceAddress(), alarm.sourceSystemId(), alarm.externalAlarmId(),
                alarm.notification(), alarm.family(), alarm.resourceJson(), alarm.details(), ts(alarm.raisedAt()),
                ts(now), ts(now), ts(alarm.raisedAt()), ts(alarm.raisedAt()), alarm.rootCause(), alarm.parentId(),
                alarm.correlationReason(), !alarm.circuits().isEmpty(), alarm.flapCycles(), alarm.cutoverId() != null,
                alarm.cutoverId());
    }

    /** Clears the open alarm of the fault, if there is one. */
    Optional<OpenAlarm> clear(String key, Instant at, Instant now, String clearSystemId) {
        return jdbc.query("""
                with open as (select id, perceived_severity from alarm
                              where reduction_key = ? and state <> 'cleared' for update)
                update alarm a set state = 'cleared', perceived_severity = 'cleared', cleared_at = ?, changed_at = ?,
                    clear_system_id = ?
                from open where a.id = open.id
                returning a.id, a.perceived_severity, open.perceived_severity, a.flapping, a.flap_cycles,
                    a.parent_alarm_id""", (rs, row) -> new OpenAlarm(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getBoolean(4), rs.getInt(5), (Long) rs.getObject(6)), key, ts(at), ts(now), clearSystemId)
                .stream().findFirst();
    }

    void link(long alarmId, List<CircuitMatch> circuits) {
        List<Object[]> rows = new ArrayList<>(circuits.size());
        for (CircuitMatch circuit : circuits) {
            rows.add(new Object[] {alarmId, circuit.circuitId(), circuit.type().name(), circuit.customerCode(),
                circuit.customerName(), circuit.tier().name(),
                circuit.accountManager() == null ? null : circuit.accountManager().employeeId(),
                circuit.accountManager() == null ? null : circuit.accountManager().name()});
        }
        jdbc.batchUpdate("insert into alarm_circuit (alarm_id, circuit_id, circuit_type, customer_code, "
                + "customer_name, tier, account_manager_employee_id, account_manager_name) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", rows);
    }

    /** Rows of alarm id, raw event id, received at, severity. */
    void events(List<Object[]> events) {
        jdbc.batchUpdate("insert into alarm_event (alarm_id, raw_event_id, received_at, severity) values (?, ?, ?, ?) "
                + "on conflict do nothing", events);
    }

    /** Rows of occurrences to add, last occurrence, changed at, alarm id. */
    void addOccurrences(List<Object[]> counts) {
        jdbc.batchUpdate("update alarm set occurrence_count = occurrence_count + ?, "
                + "last_occurrence = greatest(last_occurrence, ?), changed_at = ? where id = ?", counts);
    }

    void journal(long alarmId, Instant at, String actor, String systemId, String action, String detailJson) {
        jdbc.update("insert into alarm_journal (alarm_id, at, actor, system_id, action, detail) "
                + "values (?, ?, ?, ?, ?, ?::jsonb)", alarmId, ts(at), actor, systemId, action, detailJson);
    }

    /** The open root-cause alarm of an element raised within the window before {@code at}, if any. */
    Optional<Long> rootOf(String networkElement, Instant at, Duration window) {
        return jdbc.queryForList("""
                select id from alarm where network_element = ? and is_root_cause and state <> 'cleared'
                    and raised_at between ? and ? order by raised_at desc limit 1""", Long.class, networkElement,
                ts(at.minus(window)), ts(at.plus(window))).stream().findFirst();
    }

    /** Open interface alarms of the element, not yet anyone's children, raised within the window around {@code at}. */
    int interfaceAlarmsAround(String networkElement, Instant at, Duration window) {
        Integer count = jdbc.queryForObject("""
                select count(*) from alarm where network_element = ? and family = 'interface' and state <> 'cleared'
                    and parent_alarm_id is null and not is_root_cause and raised_at between ? and ?""", Integer.class,
                networkElement, ts(at.minus(window)), ts(at.plus(window)));
        return count == null ? 0 : count;
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

    /** Lists a child's circuits on its root as well: every customer a storm hits is on the root. */
    void shareCircuits(long childId, long rootId) {
        jdbc.update("""
                insert into alarm_circuit (alarm_id, circuit_id, circuit_type, customer_code, customer_name, tier,
                    account_manager_employee_id, account_manager_name)
                select ?, circuit_id, circuit_type, customer_code, customer_name, tier, account_manager_employee_id,
                    account_manager_name
                from alarm_circuit where alarm_id = ? on conflict do nothing""", rootId, childId);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
