package io.kexiang.qualification.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A TMF645 {@code CheckServiceQualification_Create} body, read and checked: every problem named by its field, all at
 * once. One item per check (a site and a service): the centre's procedure checks a request as a whole.
 */
record CheckRequest(String externalId, String description, Instant expectedQualification, boolean provideAlternative,
                    String customerCode, String serviceType, String bandwidth, String siteAddress,
                    Instant expectedAvailability) {

    static final Set<String> SERVICE_TYPES = Set.of("DDN", "ATM", "FR", "MPLS_VPN", "OTHER");

    static CheckRequest of(JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        String externalId = text(body, "externalId", 100, problems);
        String description = text(body, "description", 2000, problems);
        Instant expectedQualification = time(body.path("expectedQualificationDate"), "expectedQualificationDate",
                problems);
        if (body.path("instantSyncQualification").asBoolean(false)) {
            problems.add(FieldProblem.of("instantSyncQualification", true, Text.of("qualification.notInstant")));
        }
        String customer = null;
        for (JsonNode party : body.path("relatedParty")) {
            if ("customer".equals(party.path("role").asText())) {
                customer = party.path("id").asText(null);
            }
        }
        if (customer == null || customer.isBlank()) {
            problems.add(FieldProblem.of("relatedParty", null, Text.of("qualification.customerParty")));
        }
        JsonNode items = body.path("serviceQualificationItem");
        String serviceType = null;
        String bandwidth = null;
        String address = null;
        Instant availability = null;
        if (!items.isArray() || items.size() != 1) {
            problems.add(FieldProblem.of("serviceQualificationItem", items.isArray() ? items.size() : null,
                    Text.of("qualification.oneItem")));
        } else {
            JsonNode item = items.get(0);
            JsonNode service = item.path("service");
            serviceType = service.path("serviceType").asText(null);
            if (serviceType == null || !SERVICE_TYPES.contains(serviceType)) {
                problems.add(FieldProblem.of("serviceQualificationItem[0].service.serviceType", serviceType,
                        Text.oneOf(SERVICE_TYPES.stream().sorted().toList())));
            }
            for (JsonNode characteristic : service.path("serviceCharacteristic")) {
                if ("bandwidth".equals(characteristic.path("name").asText())) {
                    bandwidth = characteristic.path("value").asText(null);
                }
            }
            if (bandwidth != null && bandwidth.length() > 32) {
                problems.add(FieldProblem.of("serviceQualificationItem[0].service.serviceCharacteristic", bandwidth,
                        Text.of("problem.tooLong")));
            }
            for (JsonNode place : service.path("place")) {
                String name = place.path("name").asText(null);
                if (address == null && name != null && !name.isBlank()) {
                    address = name.trim();
                }
            }
            if (address == null || address.length() > 500) {
                problems.add(FieldProblem.of("serviceQualificationItem[0].service.place", address,
                        Text.of("qualification.place")));
            }
            availability = time(item.path("expectedServiceAvailabilityDate"),
                    "serviceQualificationItem[0].expectedServiceAvailabilityDate", problems);
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new CheckRequest(externalId, description, expectedQualification,
                body.path("provideAlternative").asBoolean(false), customer, serviceType, bandwidth, address,
                availability);
    }

    private static String text(JsonNode body, String field, int max, List<FieldProblem> problems) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > max) {
            problems.add(FieldProblem.of(field, value.toString(), Text.of("problem.tooLong")));
            return null;
        }
        return value.asText();
    }

    private static Instant time(JsonNode value, String field, List<FieldProblem> problems) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, value.asText(), Text.of("problem.dateTime")));
            return null;
        }
    }
}
