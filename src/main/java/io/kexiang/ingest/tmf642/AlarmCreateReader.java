package io.kexiang.ingest.tmf642;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.ingest.FeedRecord;
import io.kexiang.ingest.Tmf642Vocabulary;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an NMS's {@code Alarm_Create} into a feed record, checking what the spec requires and reporting every
 * problem at once. Where on the element the alarm is may be given in Kexiang's {@code resource} attribute
 * ({@code ifIndex}, {@code ifName}, {@code dlci}, {@code vpi}, {@code vci}, {@code vrf}, {@code e1Line}).
 */
final class AlarmCreateReader {

    static final String NOTIFICATION = "TMF642::alarm";
    private static final List<String> REQUIRED = List.of("alarmType", "perceivedSeverity", "probableCause",
            "alarmedObject", "sourceSystemId", "state", "alarmRaisedTime");
    private static final List<String> TEXTS = List.of("alarmType", "perceivedSeverity", "probableCause",
            "specificProblem", "alarmDetails", "externalAlarmId", "sourceSystemId", "alarmedObjectType", "state",
            "alarmRaisedTime");
    /** ifIndex as IF-MIB's InterfaceIndex; DLCI Q.922's ten bits; VPI at an NNI 12 bits, VCI 16. */
    private static final Map<String, long[]> RANGES = Map.of("ifIndex", new long[] {1, 2_147_483_647L},
            "dlci", new long[] {0, 1023}, "vpi", new long[] {0, 4095}, "vci", new long[] {0, 65_535});
    private static final List<String> NUMBERS = List.of("ifIndex", "dlci", "vpi", "vci");
    private static final List<String> NAMES = List.of("ifName", "vrf", "e1Line");

    private AlarmCreateReader() {
    }

    static FeedRecord read(JsonNode body, byte[] raw) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!body.isObject()) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("$", null, Text.of("alarm.notAnAlarm"))));
        }
        for (String field : REQUIRED) {
            if (!body.hasNonNull(field) || body.get(field).isTextual() && body.get(field).asText().isBlank()) {
                problems.add(FieldProblem.of(field, null, Text.of("problem.required")));
            }
        }
        for (String skipped : List.of("id", "href")) {
            if (body.has(skipped)) {
                problems.add(FieldProblem.of(skipped, body.get(skipped).asText(), Text.of("problem.setByKexiang")));
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : TEXTS) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull()) {
                if (!value.isTextual()) {
                    problems.add(FieldProblem.of(field, value.toString(), Text.of("problem.string")));
                } else if (fitsIn(field, value.asText().trim(), problems)) {
                    fields.put(field, value.asText().trim());
                }
            }
        }
        oneOf(fields, "alarmType", Tmf642Vocabulary.ALARM_TYPES, problems);
        oneOf(fields, "perceivedSeverity", Tmf642Vocabulary.SEVERITIES, problems);
        oneOf(fields, "state", List.of("raised", "updated"), problems);
        JsonNode ackState = body.get("ackState");
        if (ackState != null && !ackState.isNull() && !(ackState.isTextual()
                && Tmf642Vocabulary.ACK_STATES.contains(ackState.asText()))) {
            problems.add(FieldProblem.of("ackState", ackState.asText(), Text.of("problem.oneOf",
                    String.join(", ", Tmf642Vocabulary.ACK_STATES))));
        }
        if ("cleared".equals(fields.get("perceivedSeverity"))) {
            problems.add(FieldProblem.of("perceivedSeverity", "cleared",
                    Text.of("alarm.newCannotBeCleared")));
        }
        dateTime(fields, "alarmRaisedTime", problems);
        JsonNode object = body.get("alarmedObject");
        if (object != null && !object.isNull()) {
            if (!object.isObject() || !object.path("id").isTextual() || object.path("id").asText().isBlank()) {
                problems.add(FieldProblem.of("alarmedObject.id", object.path("id").asText(null),
                        Text.of("alarm.alarmedObjectRequired")));
            } else if (fitsIn("alarmedObject.id", object.get("id").asText().trim(), problems)) {
                fields.put("alarmedObject", object.get("id").asText().trim());
            }
        }
        resource(body.path("resource"), fields, problems);
        JsonNode root = body.get("isRootCause");
        if (root != null && !root.isNull()) {
            if (root.isBoolean()) {
                fields.put("isRootCause", root.asText());
            } else {
                problems.add(FieldProblem.of("isRootCause", root.toString(), Text.of("problem.boolean")));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new FeedRecord("http", fields.get("sourceSystemId"), "TMF642", NOTIFICATION,
                fields.get("alarmedObject"), fields, raw);
    }

    private static void resource(JsonNode resource, Map<String, String> fields, List<FieldProblem> problems) {
        if (resource.isMissingNode() || resource.isNull()) {
            return;
        }
        for (String name : NUMBERS) {
            JsonNode value = resource.get(name);
            if (value != null && !value.isNull()) {
                long[] range = RANGES.get(name);
                if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= range[0]
                        && value.asLong() <= range[1]) {
                    fields.put(name, String.valueOf(value.asLong()));
                } else {
                    problems.add(FieldProblem.of("resource." + name, value.toString(),
                            Text.of("problem.range", range[0], range[1])));
                }
            }
        }
        for (String name : NAMES) {
            JsonNode value = resource.get(name);
            if (value != null && !value.isNull()) {
                if (!value.isTextual()) {
                    problems.add(FieldProblem.of("resource." + name, value.toString(), Text.of("problem.string")));
                } else if (fitsIn("resource." + name, value.asText(), problems)) {
                    fields.put(name, value.asText());
                }
            }
        }
    }

    private static boolean fitsIn(String field, String value, List<FieldProblem> problems) {
        Integer longest = Tmf642Vocabulary.LONGEST.get(field);
        if (longest != null && value.length() > longest) {
            problems.add(FieldProblem.of(field, value.substring(0, Math.min(40, value.length())) + "…",
                    Text.of("problem.longest", longest, value.length())));
            return false;
        }
        if (value.indexOf('\0') >= 0) {
            problems.add(FieldProblem.of(field, null, Text.of("problem.nul")));
            return false;
        }
        return true;
    }

    private static void oneOf(Map<String, String> fields, String field, List<String> allowed,
            List<FieldProblem> problems) {
        String value = fields.get(field);
        if (value != null && !allowed.contains(value)) {
            problems.add(FieldProblem.of(field, value, Text.oneOf(allowed)));
        }
    }

    static void dateTime(Map<String, String> fields, String field, List<FieldProblem> problems) {
        String value = fields.get(field);
        if (value != null) {
            try {
                OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of(field, value, Text.of("problem.dateTime")));
            }
        }
    }
}
