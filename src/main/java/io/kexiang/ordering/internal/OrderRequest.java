package io.kexiang.ordering.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.inventory.CircuitProvisioning.NewCircuit;
import io.kexiang.inventory.CircuitType;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.Text;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A TMF641 {@code ServiceOrder_Create}, read: the customer (relatedParty role customer), the branch office that works
 * it (role branchOffice, else the configured one), intra- or cross-province ({@code category}), and one circuit per
 * item: {@code service.id} is the circuit id, {@code service.serviceType} its kind, and its terminations and
 * identifiers are {@code serviceCharacteristic}s named as the circuit API's fields ({@code bandwidthKbps},
 * {@code aEnd.ne}, {@code aEnd.ifName}, {@code aEnd.ifIndex}, {@code zEnd.…}, {@code dlci}, {@code vpi},
 * {@code vci}, {@code vrf}, {@code routeDistinguisher}, {@code e1Line}, {@code timeslots}).
 */
record OrderRequest(String externalId, String description, String category, String priority, String customerCode,
                    String branch, Instant requestedCompletion, List<Item> items) {

    static final Set<String> CATEGORIES = Set.of("intraProvince", "crossProvince");
    static final Set<String> ACTIONS = Set.of("add", "modify", "delete");

    /** One item: what to do to which circuit, and the circuit as it will be. */
    record Item(String id, String action, NewCircuit circuit) {
    }

    static OrderRequest of(JsonNode body, String defaultBranch, List<FieldProblem> problems) {
        String category = body.path("category").asText("intraProvince");
        if (!CATEGORIES.contains(category)) {
            problems.add(FieldProblem.of("category", category, Text.oneOf(CATEGORIES.stream().sorted().toList())));
        }
        String customer = null;
        String branch = defaultBranch;
        for (JsonNode party : body.path("relatedParty")) {
            switch (party.path("role").asText()) {
                case "customer" -> customer = party.path("id").asText(null);
                case "branchOffice" -> branch = party.path("name").asText(party.path("id").asText(branch));
                default -> {
                }
            }
        }
        if (customer == null || customer.isBlank()) {
            problems.add(FieldProblem.of("relatedParty", null, Text.of("qualification.customerParty")));
        }
        Instant requested = null;
        if (body.hasNonNull("requestedCompletionDate")) {
            try {
                requested = OffsetDateTime.parse(body.get("requestedCompletionDate").asText()).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("requestedCompletionDate", body.get("requestedCompletionDate").asText(),
                        Text.of("problem.dateTime")));
            }
        }
        List<Item> items = new ArrayList<>();
        JsonNode given = body.path("serviceOrderItem");
        if (!given.isArray() || given.isEmpty()) {
            problems.add(FieldProblem.of("serviceOrderItem", null, Text.of("ordering.items")));
        } else {
            for (int index = 0; index < given.size(); index++) {
                items.add(item(given.get(index), "serviceOrderItem[" + index + "]", customer, problems));
            }
        }
        return new OrderRequest(text(body, "externalId"), text(body, "description"), category,
                text(body, "priority"), customer, branch, requested, items);
    }

    private static Item item(JsonNode item, String at, String customer, List<FieldProblem> problems) {
        String action = item.path("action").asText(null);
        if (!ACTIONS.contains(action)) {
            problems.add(FieldProblem.of(at + ".action", action, Text.oneOf(ACTIONS.stream().sorted().toList())));
        }
        JsonNode service = item.path("service");
        String circuitId = service.path("id").asText(null);
        if (circuitId == null || circuitId.isBlank()) {
            problems.add(FieldProblem.of(at + ".service.id", null, Text.of("problem.required")));
        }
        String typeName = service.path("serviceType").asText(null);
        CircuitType type = Arrays.stream(CircuitType.values()).filter(t -> t.name().equals(typeName)).findFirst()
                .orElse(null);
        if (type == null) {
            problems.add(FieldProblem.of(at + ".service.serviceType", typeName,
                    Text.oneOf(Arrays.stream(CircuitType.values()).map(Enum::name).toList())));
        }
        Map<String, String> values = new HashMap<>();
        for (JsonNode characteristic : service.path("serviceCharacteristic")) {
            values.put(characteristic.path("name").asText(), characteristic.path("value").asText(null));
        }
        NewCircuit circuit = new NewCircuit(circuitId, customer, type, number(values, "bandwidthKbps", at, problems),
                end(values, "aEnd", at, problems), end(values, "zEnd", at, problems),
                integer(values, "dlci", at, problems), integer(values, "vpi", at, problems),
                integer(values, "vci", at, problems), values.get("vrf"), values.get("routeDistinguisher"),
                values.get("e1Line"), values.get("timeslots"));
        return new Item(item.path("id").asText(String.valueOf(at)), action, circuit);
    }

    private static NewCircuit.End end(Map<String, String> values, String end, String at,
            List<FieldProblem> problems) {
        String ne = values.get(end + ".ne");
        Integer ifIndex = integer(values, end + ".ifIndex", at, problems);
        String ifName = values.get(end + ".ifName");
        return ne == null && ifIndex == null && ifName == null ? null : new NewCircuit.End(ne, ifIndex, ifName);
    }

    private static Long number(Map<String, String> values, String name, String at, List<FieldProblem> problems) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(at + ".service.serviceCharacteristic." + name, value,
                    Text.of("process.whole")));
            return null;
        }
    }

    private static Integer integer(Map<String, String> values, String name, String at, List<FieldProblem> problems) {
        Long value = number(values, name, at, problems);
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }
}
