package io.kexiang.ticket.tmf;

import io.kexiang.hub.HubPayload;
import io.kexiang.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tickets as TMF621 shows them ({@code TroubleTicket}), with Kexiang's additions under the {@code KexiangTicket}
 * subtype: the ticket number, SLA deadlines and whether they were met, escalation, fault reason, return visit.
 */
@Component
class TicketViews implements HubPayload {

    static final String API = "troubleTicket";

    static final String BASE = "/tmf-api/troubleTicket/v4";
    static final String TICKETS = BASE + "/troubleTicket";

    private final JdbcTemplate jdbc;

    TicketViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String api() {
        return API;
    }

    @Override
    public String resource() {
        return "troubleTicket";
    }

    @Override
    public Map<String, Object> render(long id) {
        return of(id);
    }

    Map<String, Object> of(long id) {
        return of(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException("troubleTicket", id));
    }

    List<Map<String, Object>> of(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] keys = ids.toArray(Long[]::new);
        Map<Long, List<Map<String, Object>>> notes = grouped("select ticket_id, author, at, text from ticket_note "
                + "where ticket_id = any (?) order by at, id", keys, row -> Map.of("author", row.get("author"),
                "date", time(row.get("at")), "text", row.get("text")));
        Map<Long, List<Map<String, Object>>> changes = grouped("select ticket_id, status, at, reason "
                + "from ticket_status_change where ticket_id = any (?) order by at, id", keys, row -> change(row));
        Map<Long, List<Map<String, Object>>> alarms = grouped("select ticket_id, alarm_id from ticket_alarm "
                + "where ticket_id = any (?) order by attached_at, alarm_id", keys, row -> Map.of(
                "id", String.valueOf(row.get("alarm_id")), "href", "/tmf-api/alarmManagement/v4/alarm/"
                        + row.get("alarm_id"), "role", "alarm", "@referredType", "Alarm"));
        Map<Long, List<Map<String, Object>>> circuits = grouped("select ticket_id, circuit_id from ticket_circuit "
                + "where ticket_id = any (?) order by circuit_id", keys, row -> Map.of("id", row.get("circuit_id"),
                "href", "/api/v1/circuits/" + row.get("circuit_id"), "role", "affectedCircuit", "@referredType",
                "Circuit"));
        List<Map<String, Object>> tickets = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select t.*, m.level_name as emergency_level "
                + "from trouble_ticket t left join major_incident m on m.root_alarm_id = t.root_alarm_id "
                + "where t.id = any (?)", (Object) keys)) {
            long id = ((Number) row.get("id")).longValue();
            List<Map<String, Object>> related = new ArrayList<>(alarms.getOrDefault(id, List.of()));
            related.addAll(circuits.getOrDefault(id, List.of()));
            tickets.add(ticket(row, related, notes.getOrDefault(id, List.of()), changes.getOrDefault(id,
                    List.of())));
        }
        tickets.sort((a, b) -> Integer.compare(ids.indexOf(Long.valueOf((String) a.get("id"))),
                ids.indexOf(Long.valueOf((String) b.get("id")))));
        return tickets;
    }

    private static Map<String, Object> ticket(Map<String, Object> row, List<Map<String, Object>> related,
            List<Map<String, Object>> notes, List<Map<String, Object>> changes) {
        Map<String, Object> tmf = new LinkedHashMap<>();
        long id = ((Number) row.get("id")).longValue();
        tmf.put("id", String.valueOf(id));
        tmf.put("href", TICKETS + "/" + id);
        tmf.put("@type", "KexiangTicket");
        tmf.put("@baseType", "TroubleTicket");
        tmf.put("ticketNumber", row.get("number"));
        tmf.put("name", row.get("name"));
        tmf.put("description", row.get("description"));
        // TMF621's ticketType as the client sent it; the kind Kexiang files it under beside it.
        tmf.put("ticketType", row.get("reported_type") != null ? row.get("reported_type") : row.get("ticket_type"));
        tmf.put("kind", row.get("ticket_type"));
        tmf.put("triage", row.get("triage"));
        tmf.put("severity", row.get("severity"));
        tmf.put("priority", row.get("priority"));
        tmf.put("status", row.get("status"));
        tmf.put("statusChangeDate", time(row.get("status_changed_at")));
        put(tmf, "statusChangeReason", row.get("status_change_reason"));
        tmf.put("creationDate", time(row.get("created_at")));
        tmf.put("lastUpdate", time(row.get("updated_at")));
        tmf.put("expectedResolutionDate", time(row.get("restoration_due")));
        put(tmf, "resolutionDate", time(row.get("resolved_at")));
        tmf.put("relatedEntity", related);
        tmf.put("relatedParty", parties(row));
        tmf.put("note", notes);
        tmf.put("statusChange", changes);
        tmf.put("origin", row.get("origin"));
        put(tmf, "tier", row.get("tier"));
        tmf.put("sla", sla(row));
        tmf.put("escalationLevel", row.get("escalation_level"));
        put(tmf, "emergencyLevel", row.get("emergency_level"));
        put(tmf, "assigneeGroup", row.get("assignee_group"));
        put(tmf, "faultReason", row.get("fault_reason"));
        put(tmf, "resolution", row.get("resolution"));
        if (row.get("return_visit_at") != null) {
            Map<String, Object> visit = new LinkedHashMap<>();
            visit.put("at", time(row.get("return_visit_at")));
            visit.put("by", row.get("return_visit_by"));
            visit.put("confirmed", row.get("return_visit_confirmed"));
            put(visit, "satisfaction", row.get("return_visit_satisfaction"));
            put(visit, "comment", row.get("return_visit_comment"));
            tmf.put("returnVisit", visit);
        }
        return tmf;
    }

    private static List<Map<String, Object>> parties(Map<String, Object> row) {
        List<Map<String, Object>> parties = new ArrayList<>();
        if (row.get("customer_code") != null) {
            parties.add(party(row.get("customer_code"), row.get("customer_name"), "customer", "Organization",
                    "/api/v1/customers/"));
        }
        if (row.get("account_manager_employee_id") != null) {
            parties.add(party(row.get("account_manager_employee_id"), row.get("account_manager_name"),
                    "accountManager", "Individual", "/api/v1/people/"));
        }
        if (row.get("assignee") != null) {
            parties.add(party(row.get("assignee"), null, "assignee", "Individual", "/api/v1/people/"));
        }
        return parties;
    }

    private static Map<String, Object> party(Object id, Object name, String role, String type, String path) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("id", String.valueOf(id));
        party.put("href", path + id);
        put(party, "name", name);
        party.put("role", role);
        party.put("@referredType", type);
        return party;
    }

    /** Deadlines, and whether they were met; restoration counts without the time the customer's side took. */
    private static Map<String, Object> sla(Map<String, Object> row) {
        Map<String, Object> sla = new LinkedHashMap<>();
        Instant responseDue = instant(row.get("response_due"));
        Instant restorationDue = instant(row.get("restoration_due"));
        Instant responded = instant(row.get("responded_at"));
        Instant resolved = instant(row.get("resolved_at"));
        sla.put("responseDue", responseDue.toString());
        sla.put("restorationDue", restorationDue.toString());
        put(sla, "respondedAt", responded == null ? null : responded.toString());
        put(sla, "responseMet", responded == null ? null : !responded.isAfter(responseDue));
        put(sla, "restorationMet", resolved == null ? null : !resolved.isAfter(restorationDue));
        sla.put("pausedSeconds", row.get("paused_seconds"));
        if (resolved != null) {
            Instant created = instant(row.get("created_at"));
            long paused = ((Number) row.get("paused_seconds")).longValue();
            sla.put("affectedMinutes", Duration.between(created, resolved).minusSeconds(paused).toMinutes());
        }
        return sla;
    }

    private static Map<String, Object> change(Map<String, Object> row) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("status", row.get("status"));
        change.put("changeDate", time(row.get("at")));
        put(change, "changeReason", row.get("reason"));
        return change;
    }

    private Map<Long, List<Map<String, Object>>> grouped(String sql, Long[] ids,
            java.util.function.Function<Map<String, Object>, Map<String, Object>> shape) {
        Map<Long, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, (Object) ids)) {
            grouped.computeIfAbsent(((Number) row.get("ticket_id")).longValue(), k -> new ArrayList<>())
                    .add(shape.apply(row));
        }
        return grouped;
    }

    private static void put(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    private static String time(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant().toString();
    }
}
