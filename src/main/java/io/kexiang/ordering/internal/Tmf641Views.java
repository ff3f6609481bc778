package io.kexiang.ordering.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.hub.HubPayload;
import io.kexiang.process.Processes;
import io.kexiang.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** A circuit order as TMF641 v4 writes a {@code ServiceOrder}, in the API and in its hub's events. */
@Component
class Tmf641Views implements HubPayload {

    static final String API = "serviceOrdering";
    static final String BASE = "/tmf-api/" + API + "/v4/serviceOrder";

    private final OrderRows rows;
    private final Processes processes;
    private final ObjectMapper json;

    Tmf641Views(OrderRows rows, Processes processes, ObjectMapper json) {
        this.rows = rows;
        this.processes = processes;
        this.json = json;
    }

    @Override
    public String api() {
        return API;
    }

    @Override
    public String resource() {
        return "serviceOrder";
    }

    @Override
    public Map<String, Object> render(long id) {
        return of(rows.find(id).orElseThrow(() -> new NotFoundException("serviceOrder", id)));
    }

    Map<String, Object> of(Map<String, Object> order) {
        long id = ((Number) order.get("id")).longValue();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(id));
        view.put("href", BASE + "/" + id);
        put(view, "externalId", order.get("external_id"));
        put(view, "description", order.get("description"));
        view.put("category", order.get("category"));
        put(view, "priority", order.get("priority"));
        view.put("state", order.get("state"));
        view.put("orderDate", time(order.get("order_date")));
        view.put("startDate", time(order.get("order_date")));
        put(view, "requestedCompletionDate", time(order.get("requested_completion")));
        view.put("expectedCompletionDate", time(order.get("expected_completion")));
        put(view, "completionDate", time(order.get("completion_date")));
        put(view, "cancellationDate", time(order.get("cancellation_date")));
        put(view, "cancellationReason", order.get("cancellation_reason"));
        List<Map<String, Object>> parties = new ArrayList<>();
        parties.add(Map.of("id", order.get("customer_code"), "name", order.get("customer_name"), "role", "customer",
                "@referredType", "Organization", "@type", "RelatedParty"));
        parties.add(Map.of("id", order.get("branch"), "name", order.get("branch"), "role", "branchOffice",
                "@referredType", "Organization", "@type", "RelatedParty"));
        parties.add(Map.of("id", order.get("requester"), "role", "requester", "@referredType", "Individual",
                "@type", "RelatedParty"));
        view.put("relatedParty", parties);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> item : rows.items(id)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", item.get("item_id"));
            line.put("action", item.get("action"));
            line.put("state", item.get("state"));
            line.put("service", service(item));
            line.put("@type", "ServiceOrderItem");
            items.add(line);
        }
        view.put("serviceOrderItem", items);
        if (order.get("process_instance_id") != null && "inProgress".equals(order.get("state"))) {
            List<Map<String, Object>> milestones = new ArrayList<>();
            for (String step : processes.currentSteps((String) order.get("process_instance_id"))) {
                milestones.add(Map.of("name", step, "status", "inProgress", "description", "当前环节"));
            }
            view.put("milestone", milestones);
        }
        view.put("number", order.get("number"));
        view.put("@type", "ServiceOrder");
        return view;
    }

    private Map<String, Object> service(Map<String, Object> item) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", item.get("circuit_id"));
        service.put("serviceType", item.get("circuit_type"));
        service.put("state", "completed".equals(item.get("state")) ? ("delete".equals(item.get("action"))
                ? "terminated" : "active") : "designed");
        try {
            JsonNode spec = json.readTree((String) item.get("spec"));
            List<Map<String, Object>> characteristics = new ArrayList<>();
            spec.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (value.isObject()) {
                    value.fields().forEachRemaining(end -> {
                        if (!end.getValue().isNull()) {
                            characteristics.add(Map.of("name", field.getKey() + "." + end.getKey(),
                                    "value", end.getValue().asText()));
                        }
                    });
                } else if (!value.isNull() && !List.of("circuitId", "customerCode", "type").contains(field.getKey())) {
                    characteristics.add(Map.of("name", field.getKey(), "value", value.asText()));
                }
            });
            service.put("serviceCharacteristic", characteristics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return service;
    }

    private static void put(Map<String, Object> view, String name, Object value) {
        if (value != null) {
            view.put(name, value);
        }
    }

    private static String time(Object value) {
        return value instanceof Instant instant ? instant.toString() : null;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OrderingSettings.class)
    static class Settings {
    }
}
