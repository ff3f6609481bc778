package io.kexiang.alarm.tmf;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.ingest.Tmf642Vocabulary;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a TMF642 {@code Alarm_Update} (merge patch) into the operations Kexiang allows on an alarm: acknowledge or
 * unacknowledge, clear, change severity, add comments. Attributes the network owns (cause, type, object) are
 * refused with a reason, not ignored.
 */
final class AlarmPatchReader {

    private static final Set<String> ALLOWED = Set.of("ackState", "ackUserId", "ackSystemId", "state",
            "alarmClearedTime", "clearUserId", "clearSystemId", "perceivedSeverity", "comment", "@type",
            "@baseType", "probableCause", "specificProblem", "alarmType", "alarmDetails");
    /** What only the alarm's owner (the system that raised it) may change, as TMF642 lets an owner. */
    static final List<String> OWNERS = List.of("probableCause", "specificProblem", "alarmType", "alarmDetails");

    record Comment(String userId, String systemId, String text) {
    }

    /** What the owner asks to change; null members stay. */
    record OwnerChange(String probableCause, String specificProblem, String alarmType, String alarmDetails) {

        boolean any() {
            return probableCause != null || specificProblem != null || alarmType != null || alarmDetails != null;
        }
    }

    /** What the patch asks for; null members are not asked. */
    record Patch(String ackState, String ackUserId, String ackSystemId, boolean clear, Instant clearedTime,
                 String clearUserId, String clearSystemId, String severity, List<Comment> comments,
                 OwnerChange owner, boolean updated) {
    }

    private AlarmPatchReader() {
    }

    static Patch read(JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!body.isObject() || body.isEmpty()) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("$", null,
                    Text.of("alarm.emptyUpdate"))));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!ALLOWED.contains(name)) {
                problems.add(FieldProblem.of(name, body.get(name).toString(),
                        Text.of("alarm.notPatchable", String.join(", ", OWNERS))));
            }
        }
        String ackState = text(body, "ackState", problems);
        if (ackState != null && !Tmf642Vocabulary.ACK_STATES.contains(ackState)) {
            problems.add(FieldProblem.of("ackState", ackState, Text.oneOf(Tmf642Vocabulary.ACK_STATES)));
        }
        String state = text(body, "state", problems);
        if (state != null && !state.equals("cleared") && !state.equals("updated")) {
            problems.add(FieldProblem.of("state", state, Text.of("alarm.patchState")));
        }
        for (String field : OWNERS) {
            String value = body.path(field).isTextual() ? body.path(field).asText() : null;
            if (value != null && (value.isBlank() || value.length() > Tmf642Vocabulary.LONGEST.get(field))) {
                problems.add(FieldProblem.of(field, value.substring(0, Math.min(40, value.length())),
                        Text.of("problem.length", 1, Tmf642Vocabulary.LONGEST.get(field))));
            }
        }
        String alarmType = body.path("alarmType").isTextual() ? body.path("alarmType").asText() : null;
        if (alarmType != null && !Tmf642Vocabulary.ALARM_TYPES.contains(alarmType)) {
            problems.add(FieldProblem.of("alarmType", alarmType, Text.oneOf(Tmf642Vocabulary.ALARM_TYPES)));
        }
        String severity = text(body, "perceivedSeverity", problems);
        if (severity != null && (!Tmf642Vocabulary.SEVERITIES.contains(severity) || severity.equals("cleared"))) {
            problems.add(FieldProblem.of("perceivedSeverity", severity, Text.of("alarm.patchSeverity")));
        }
        Instant clearedTime = null;
        String clearedText = text(body, "alarmClearedTime", problems);
        if (clearedText != null) {
            try {
                clearedTime = OffsetDateTime.parse(clearedText).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("alarmClearedTime", clearedText, Text.of("problem.dateTime")));
            }
        }
        List<Comment> comments = comments(body.get("comment"), problems);
        Patch patch = new Patch(ackState, text(body, "ackUserId", problems), text(body, "ackSystemId", problems),
                "cleared".equals(state), clearedTime, text(body, "clearUserId", problems),
                text(body, "clearSystemId", problems), severity, comments,
                new OwnerChange(text(body, "probableCause", problems), text(body, "specificProblem", problems),
                        alarmType == null ? text(body, "alarmType", problems) : alarmType,
                        text(body, "alarmDetails", problems)), "updated".equals(state));
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return patch;
    }

    static List<Comment> comments(JsonNode node, List<FieldProblem> problems) {
        List<Comment> comments = new ArrayList<>();
        if (node == null || node.isNull()) {
            return comments;
        }
        if (!node.isArray()) {
            problems.add(FieldProblem.of("comment", node.toString(), Text.of("alarm.comments")));
            return comments;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode comment = node.get(i);
            String text = comment.path("comment").asText("").trim();
            if (text.isEmpty() || text.length() > 4000) {
                problems.add(FieldProblem.of("comment[" + i + "].comment", text,
                        Text.of("problem.length", 1, 4000)));
            } else {
                comments.add(new Comment(comment.path("userId").asText(null), comment.path("systemId").asText(null),
                        text));
            }
        }
        return comments;
    }

    private static String text(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(FieldProblem.of(field, value.toString(), Text.of("problem.string")));
            return null;
        }
        return value.asText().trim();
    }
}
