package io.kexiang.alarm.tmf;

import io.kexiang.alarm.AlarmTickets;
import io.kexiang.alarm.store.Alarm;
import io.kexiang.alarm.store.AlarmCircuit;
import io.kexiang.alarm.store.AlarmComment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alarm as TMF642 shows it, with Kexiang's additions (customers, account managers, occurrences, the storm
 * explanation) as extra attributes of the {@code KexiangAlarm} subtype.
 */
final class AlarmRepresentation {

    private AlarmRepresentation() {
    }

    static Map<String, Object> of(Alarm alarm, List<Long> children, List<AlarmTickets.TicketRef> tickets) {
        Map<String, Object> tmf = new LinkedHashMap<>();
        // TMF630 and TMF642 v5 (and AlarmRef.id already) make ids strings; clients parse them as such.
        tmf.put("id", String.valueOf(alarm.id()));
        tmf.put("href", Tmf642.href(alarm.id()));
        tmf.put("@type", "KexiangAlarm");
        tmf.put("@baseType", "Alarm");
        put(tmf, "externalAlarmId", alarm.externalAlarmId());
        tmf.put("state", alarm.state());
        tmf.put("ackState", alarm.ackState());
        put(tmf, "ackUserId", alarm.ackUserId());
        put(tmf, "ackSystemId", alarm.ackSystemId());
        put(tmf, "ackTime", time(alarm.ackTime()));
        tmf.put("alarmType", alarm.alarmType());
        tmf.put("perceivedSeverity", alarm.perceivedSeverity());
        tmf.put("probableCause", alarm.probableCause());
        put(tmf, "specificProblem", alarm.specificProblem());
        tmf.put("alarmedObjectType", alarm.alarmedObjectType());
        tmf.put("alarmedObject", Map.of("id", alarm.alarmedObjectId(), "@referredType", alarm.alarmedObjectType()));
        tmf.put("sourceSystemId", alarm.sourceSystemId());
        tmf.put("reportingSystemId", "kexiang");
        put(tmf, "alarmDetails", alarm.alarmDetails());
        tmf.put("alarmRaisedTime", time(alarm.raisedAt()));
        tmf.put("alarmReportingTime", time(alarm.reportedAt()));
        tmf.put("alarmChangedTime", time(alarm.changedAt()));
        put(tmf, "alarmClearedTime", time(alarm.clearedAt()));
        put(tmf, "clearUserId", alarm.clearUserId());
        put(tmf, "clearSystemId", alarm.clearSystemId());
        tmf.put("isRootCause", alarm.isRootCause());
        tmf.put("serviceAffecting", alarm.serviceAffecting());
        tmf.put("plannedOutageIndicator", alarm.plannedOutage() ? "OutOfService" : "InService");
        tmf.put("alarmEscalation", alarm.escalated());
        tmf.put("affectedService", alarm.circuits().stream().map(AlarmRepresentation::service).toList());
        tmf.put("parentAlarm", alarm.parentAlarmId() == null ? List.of() : List.of(ref(alarm.parentAlarmId())));
        tmf.put("correlatedAlarm", children.stream().map(AlarmRepresentation::ref).toList());
        tmf.put("comment", alarm.comments().stream().map(AlarmRepresentation::comment).toList());
        // Kexiang's own attributes.
        tmf.put("networkElement", alarm.networkElement());
        tmf.put("resource", alarm.resource());
        tmf.put("customer", customers(alarm.circuits()));
        tmf.put("accountManager", accountManagers(alarm.circuits()));
        tmf.put("occurrenceCount", alarm.occurrenceCount());
        tmf.put("firstOccurrenceTime", time(alarm.firstOccurrence()));
        tmf.put("lastOccurrenceTime", time(alarm.lastOccurrence()));
        tmf.put("reportedSeverity", alarm.reportedSeverity());
        tmf.put("flapping", alarm.flapping());
        tmf.put("flapCycles", alarm.flapCycles());
        put(tmf, "correlationReason", alarm.correlationReason());
        put(tmf, "notification", alarm.notification());
        tmf.put("events", "/api/v1/alarms/" + alarm.id() + "/events");
        // The tickets the fault is on (TMF621 finds the other way: troubleTicket?alarm=<id>).
        tmf.put("troubleTicket", tickets.stream().map(AlarmRepresentation::ticket).toList());
        return tmf;
    }

    private static Map<String, Object> ticket(AlarmTickets.TicketRef ticket) {
        return Map.of("id", String.valueOf(ticket.id()), "href", "/tmf-api/troubleTicket/v4/troubleTicket/"
                + ticket.id(), "ticketNumber", ticket.ticketNumber(), "status", ticket.status(),
                "@referredType", "TroubleTicket");
    }

    static Map<String, Object> ref(long alarmId) {
        return Map.of("id", String.valueOf(alarmId), "href", Tmf642.href(alarmId), "@referredType", "Alarm");
    }

    private static Map<String, Object> service(AlarmCircuit circuit) {
        return Map.of("id", circuit.circuitId(), "href", "/api/v1/circuits/" + circuit.circuitId(),
                "@referredType", "Circuit");
    }

    private static Map<String, Object> comment(AlarmComment comment) {
        Map<String, Object> tmf = new LinkedHashMap<>();
        tmf.put("userId", comment.userId());
        put(tmf, "systemId", comment.systemId());
        tmf.put("time", time(comment.time()));
        tmf.put("comment", comment.comment());
        return tmf;
    }

    private static List<Map<String, Object>> customers(List<AlarmCircuit> circuits) {
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        for (AlarmCircuit circuit : circuits) {
            byCode.computeIfAbsent(circuit.customerCode(), code -> Map.of("customerCode", code, "name",
                    circuit.customerName(), "tier", circuit.tier()));
        }
        return new ArrayList<>(byCode.values());
    }

    private static List<Map<String, Object>> accountManagers(List<AlarmCircuit> circuits) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (AlarmCircuit circuit : circuits) {
            if (circuit.accountManagerEmployeeId() != null) {
                byId.computeIfAbsent(circuit.accountManagerEmployeeId(), id -> Map.of("employeeId", id, "name",
                        circuit.accountManagerName()));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static void put(Map<String, Object> tmf, String name, Object value) {
        if (value != null) {
            tmf.put(name, value);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
