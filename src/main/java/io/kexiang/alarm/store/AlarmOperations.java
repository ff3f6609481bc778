package io.kexiang.alarm.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.alarm.AlarmAcknowledged;
import io.kexiang.alarm.AlarmChanged;
import io.kexiang.alarm.AlarmCleared;
import io.kexiang.alarm.AlarmState;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What NOC engineers and NMS clients do to an alarm: acknowledge, unacknowledge, clear, comment, change severity.
 * Each is one conditional update (doing it twice changes nothing the second time) and a journal entry with who
 * and when; each change is published for the ticket and console modules.
 */
@Component
public class AlarmOperations {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    AlarmOperations(JdbcTemplate jdbc, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Who asks: the signed-in user (the journal's actor), and the user and system the request names. */
    public record Actor(String principal, String userId, String systemId) {
    }

    /** @return true when the alarm changed, false when it was acknowledged already */
    @Transactional
    public boolean acknowledge(long id, Actor actor) {
        Instant now = clock.instant();
        boolean changed = jdbc.update("update alarm set ack_state = 'acknowledged', ack_user_id = ?, "
                + "ack_system_id = ?, ack_time = ?, changed_at = ? where id = ? and ack_state <> 'acknowledged'",
                actor.userId(), actor.systemId(), ts(now), ts(now), id) > 0;
        return journalled(id, changed, now, actor, "acknowledged", Map.of(), () -> events.publishEvent(
                new AlarmAcknowledged(AlarmId.of(id), true, actor.userId(), actor.systemId(), now)));
    }

    @Transactional
    public boolean unacknowledge(long id, Actor actor) {
        Instant now = clock.instant();
        boolean changed = jdbc.update("update alarm set ack_state = 'unacknowledged', ack_user_id = ?, "
                + "ack_system_id = ?, ack_time = ?, changed_at = ? where id = ? and ack_state = 'acknowledged'",
                actor.userId(), actor.systemId(), ts(now), ts(now), id) > 0;
        return journalled(id, changed, now, actor, "unacknowledged", Map.of(), () -> events.publishEvent(
                new AlarmAcknowledged(AlarmId.of(id), false, actor.userId(), actor.systemId(), now)));
    }

    /** A clear by hand (or by an NMS that cleared it on its side), at the time given or now. */
    @Transactional
    public boolean clear(long id, Actor actor, Instant clearedAt) {
        Instant now = clock.instant();
        Instant at = clearedAt == null ? now : clearedAt;
        boolean changed = jdbc.update("update alarm set state = 'cleared', perceived_severity = 'cleared', "
                + "cleared_at = ?, clear_user_id = ?, clear_system_id = ?, changed_at = ? "
                + "where id = ? and state <> 'cleared'", ts(at), actor.userId(), actor.systemId(), ts(now), id) > 0;
        return journalled(id, changed, now, actor, "cleared", Map.of("alarmClearedTime", at.toString()),
                () -> events.publishEvent(new AlarmCleared(AlarmId.of(id), at, actor.userId(), actor.systemId())));
    }

    @Transactional
    public boolean comment(long id, Actor actor, String text) {
        Instant now = clock.instant();
        requireExists(id);
        jdbc.update("insert into alarm_comment (alarm_id, user_id, system_id, time, comment) values (?, ?, ?, ?, ?)",
                id, actor.userId(), actor.systemId(), ts(now), text);
        jdbc.update("update alarm set changed_at = ? where id = ?", ts(now), id);
        return journalled(id, true, now, actor, "commented", Map.of("comment", text),
                () -> events.publishEvent(new AlarmChanged(AlarmId.of(id), "comment", null, null, now)));
    }

    /** An engineer's judgement of the severity; a cleared alarm keeps "cleared". */
    @Transactional
    public boolean changeSeverity(long id, Actor actor, String severity) {
        Instant now = clock.instant();
        Locked alarm = locked(id);
        String before = alarm.severity();
        boolean changed = !before.equals(severity) && jdbc.update(
                "update alarm set perceived_severity = ?, state = ?, changed_at = ? where id = ?", severity,
                alarm.state().updated(Text.of("alarm.clearedKeepsSeverity", id)).tmf(), ts(now), id) > 0;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", before);
        detail.put("to", severity);
        return journalled(id, changed, now, actor, "severity", detail,
                () -> events.publishEvent(new AlarmChanged(AlarmId.of(id), "severity", severity, null, now)));
    }

    /**
     * The owner's update (TMF642 {@code Alarm_Update} by the system that raised the alarm): its cause, problem, type
     * and details as it now sees them; the alarm becomes {@code updated}. Null fields stay as they are.
     */
    @Transactional
    public boolean ownerUpdate(long id, Actor actor, String probableCause, String specificProblem, String alarmType,
            String alarmDetails) {
        Instant now = clock.instant();
        AlarmState updated = locked(id).state().updated(Text.of("alarm.clearedOwnerRaisesNew", id));
        boolean changed = jdbc.update("""
                update alarm set probable_cause = coalesce(?, probable_cause),
                    specific_problem = coalesce(?, specific_problem), alarm_type = coalesce(?, alarm_type),
                    alarm_details = coalesce(?, alarm_details), state = ?, changed_at = ?
                where id = ?""", probableCause, specificProblem, alarmType, alarmDetails, updated.tmf(), ts(now),
                id) > 0;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("probableCause", probableCause);
        detail.put("specificProblem", specificProblem);
        detail.put("alarmType", alarmType);
        detail.put("alarmDetails", alarmDetails);
        detail.values().removeIf(java.util.Objects::isNull);
        return journalled(id, changed, now, actor, "updated", detail,
                () -> events.publishEvent(new AlarmChanged(AlarmId.of(id), "updated", null, null, now)));
    }

    /** The system that raised the alarm ({@code sourceSystemId}), or null for a missing alarm. */
    public String owner(long id) {
        return jdbc.queryForList("select source_system_id from alarm where id = ?", String.class, id).stream()
                .findFirst().orElse(null);
    }

    /**
     * Makes alarms the children of a root-cause alarm by hand (TMF642 groupAlarms): the engineer knows what the
     * correlation rules did not. The root lists the children's circuits too. Returns the children grouped.
     */
    @Transactional
    public List<Long> group(long parentId, List<Long> childIds, Actor actor) {
        requireExists(parentId);
        List<Long> ancestors = jdbc.queryForList("""
                with recursive up(id, parent) as (
                    select id, parent_alarm_id from alarm where id = ?
                    union all select a.id, a.parent_alarm_id from alarm a join up on a.id = up.parent)
                select id from up""", Long.class, parentId);
        Instant now = clock.instant();
        List<Long> grouped = new ArrayList<>();
        for (Long child : childIds) {
            requireExists(child);
            if (ancestors.contains(child)) {
                throw new ConflictException(Text.of("alarm.groupLoop", child, parentId));
            }
            if (jdbc.update("update alarm set parent_alarm_id = ?, correlation_reason = ?, changed_at = ? "
                    + "where id = ? and parent_alarm_id is distinct from ?", parentId, "grouped under alarm "
                    + parentId + " by " + actor.userId(), ts(now), child, parentId) > 0) {
                grouped.add(child);
                journalled(child, true, now, actor, "grouped", Map.of("parentAlarm", parentId),
                        () -> events.publishEvent(new AlarmChanged(AlarmId.of(child), "correlated", null,
                                AlarmId.of(parentId), now)));
            }
        }
        if (!grouped.isEmpty()) {
            jdbc.update("update alarm set is_root_cause = true, changed_at = ? where id = ?", ts(now), parentId);
            jdbc.update("""
                    insert into alarm_circuit (alarm_id, circuit_id, circuit_type, customer_code, customer_name, tier,
                        account_manager_employee_id, account_manager_name)
                    select ?, circuit_id, circuit_type, customer_code, customer_name, tier,
                        account_manager_employee_id, account_manager_name
                    from alarm_circuit where alarm_id = any (?) on conflict do nothing""", parentId,
                    grouped.toArray(Long[]::new));
            journalled(parentId, true, now, actor, "grouped", Map.of("correlatedAlarm", grouped),
                    () -> events.publishEvent(new AlarmChanged(AlarmId.of(parentId), "correlated", null, null, now)));
        }
        return grouped;
    }

    /** Takes alarms out from under their root (TMF642 unGroupAlarms); returns those that were under it. */
    @Transactional
    public List<Long> ungroup(long parentId, List<Long> childIds, Actor actor) {
        requireExists(parentId);
        Instant now = clock.instant();
        List<Long> ungrouped = new ArrayList<>();
        for (Long child : childIds) {
            if (jdbc.update("update alarm set parent_alarm_id = null, correlation_reason = null, changed_at = ? "
                    + "where id = ? and parent_alarm_id = ?", ts(now), child, parentId) > 0) {
                ungrouped.add(child);
                journalled(child, true, now, actor, "ungrouped", Map.of("parentAlarm", parentId),
                        () -> events.publishEvent(new AlarmChanged(AlarmId.of(child), "ungrouped", null, null, now)));
            }
        }
        return ungrouped;
    }

    private boolean journalled(long id, boolean changed, Instant now, Actor actor, String action,
            Map<String, Object> detail, Runnable publish) {
        if (!changed) {
            requireExists(id);
            return false;
        }
        Map<String, Object> entry = new LinkedHashMap<>(detail);
        if (actor.userId() != null && !actor.userId().equals(actor.principal())) {
            entry.put("onBehalfOf", actor.userId());
        }
        jdbc.update("insert into alarm_journal (alarm_id, at, actor, system_id, action, detail) "
                + "values (?, ?, ?, ?, ?, ?::jsonb)", id, ts(now), actor.principal(), actor.systemId(), action,
                toJson(entry));
        publish.run();
        return true;
    }

    /** The alarm's state and severity, its row locked for the change. */
    private record Locked(AlarmState state, String severity) {
    }

    private Locked locked(long id) {
        return jdbc.query("select state, perceived_severity from alarm where id = ? for update",
                (rs, row) -> new Locked(AlarmState.ofTmf(rs.getString(1)).orElseThrow(), rs.getString(2)), id)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("alarm", String.valueOf(id)));
    }

    private void requireExists(long id) {
        if (jdbc.queryForList("select 1 from alarm where id = ?", Integer.class, id).isEmpty()) {
            throw new NotFoundException("alarm", String.valueOf(id));
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal detail is not serialisable", e);
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
