package io.kexiang.qualification.internal;

import io.kexiang.hub.HubPayload;
import io.kexiang.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A resource check as TMF645 v4 writes a {@code CheckServiceQualification}, in the API and its hub's events. */
@Component
class Tmf645Views implements HubPayload {

    static final String API = "serviceQualificationManagement";
    static final String BASE = "/tmf-api/" + API + "/v4/checkServiceQualification";

    private final QualificationRows rows;

    Tmf645Views(QualificationRows rows) {
        this.rows = rows;
    }

    @Override
    public String api() {
        return API;
    }

    @Override
    public String resource() {
        return "checkServiceQualification";
    }

    @Override
    public Map<String, Object> render(long id) {
        return of(rows.find(id).orElseThrow(() -> new NotFoundException("serviceQualification", id)));
    }

    Map<String, Object> of(Map<String, Object> check) {
        long id = ((Number) check.get("id")).longValue();
        String state = (String) check.get("state");
        String result = (String) check.get("qualification_result");
        List<Map<String, Object>> reservations = rows.reservations(id);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(id));
        view.put("href", BASE + "/" + id);
        put(view, "externalId", check.get("external_id"));
        put(view, "description", check.get("description"));
        view.put("checkServiceQualificationDate", time(check.get("requested_at")));
        put(view, "effectiveQualificationDate", time(check.get("answered_at")));
        put(view, "expectedQualificationDate", time(check.get("expected_qualification")));
        Object until = reservations.stream().filter(r -> "reserved".equals(r.get("state")))
                .map(r -> r.get("reserved_until")).reduce((a, b) -> b).orElse(null);
        put(view, "expirationDate", time(until));
        view.put("instantSyncQualification", false);
        view.put("provideAlternative", check.get("provide_alternative"));
        view.put("provideUnavailabilityReason", true);
        put(view, "qualificationResult", result);
        view.put("state", state);
        List<Map<String, Object>> parties = new ArrayList<>();
        parties.add(party(check.get("customer_code"), check.get("customer_name"), "customer", "Organization"));
        parties.add(party(check.get("requester"), null, "requester", "Individual"));
        if (check.get("account_manager_employee_id") != null) {
            parties.add(party(check.get("account_manager_employee_id"), null, "accountManager", "Individual"));
        }
        view.put("relatedParty", parties);
        view.put("serviceQualificationItem", List.of(item(check, state, result, reservations)));
        view.put("number", check.get("number"));
        view.put("@type", "CheckServiceQualification");
        return view;
    }

    private Map<String, Object> item(Map<String, Object> check, String state, String result,
            List<Map<String, Object>> reservations) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "1");
        item.put("state", state);
        put(item, "qualificationResult", result);
        put(item, "expectedServiceAvailabilityDate", time(check.get("expected_availability")));
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("serviceType", check.get("service_type"));
        if (check.get("bandwidth") != null) {
            service.put("serviceCharacteristic", List.of(Map.of("name", "bandwidth", "valueType", "string",
                    "value", check.get("bandwidth"))));
        }
        service.put("place", List.of(Map.of("role", "installationAddress", "name", check.get("site_address"),
                "@referredType", "GeographicAddress")));
        List<Map<String, Object>> resources = reservations.stream().map(reservation -> {
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("id", String.valueOf(reservation.get("id")));
            resource.put("name", reservation.get("resources"));
            resource.put("@referredType", "ResourceReservation");
            resource.put("reservationState", reservation.get("state"));
            resource.put("reservedUntil", time(reservation.get("reserved_until")));
            return resource;
        }).toList();
        if (!resources.isEmpty()) {
            service.put("supportingResource", resources);
        }
        item.put("service", service);
        if ("unqualified".equals(result) || "alternate".equals(result)) {
            item.put("eligibilityUnavailabilityReason", List.of(Map.of("code", result,
                    "label", String.valueOf(check.get("conclusion")))));
        }
        if (check.get("alternative") != null) {
            item.put("alternateServiceProposal", List.of(Map.of("id", "1",
                    "alternateService", Map.of("description", check.get("alternative")))));
        }
        if (result != null) {
            List<Map<String, Object>> notes = new ArrayList<>();
            note(notes, "运行维护部", check.get("operations_answer"));
            note(notes, "网络建设部", check.get("construction_answer"));
            note(notes, "客户响应中心", check.get("conclusion"));
            item.put("note", notes);
        }
        item.put("@type", "CheckServiceQualificationItem");
        return item;
    }

    private static void note(List<Map<String, Object>> notes, String author, Object text) {
        if (text != null) {
            notes.add(Map.of("author", author, "text", text));
        }
    }

    private static Map<String, Object> party(Object id, Object name, String role, String type) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("id", String.valueOf(id));
        if (name != null) {
            party.put("name", name);
        }
        party.put("role", role);
        party.put("@referredType", type);
        return party;
    }

    private static void put(Map<String, Object> view, String name, Object value) {
        if (value != null) {
            view.put(name, value);
        }
    }

    private static String time(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        return value instanceof Instant instant ? instant.toString() : null;
    }
}
