package io.kexiang.ticket.tmf;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.Text;
import io.kexiang.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a TMF621 PATCH may carry, checked whole before anything is applied: an attribute that cannot be applied,
 * or a value of the wrong shape, is a 400 naming it (and what can be changed), never silently dropped.
 */
final class PatchCheck {

    static final List<String> CHANGEABLE = List.of("status", "statusChangeReason", "faultReason", "resolution",
            "openAlarmOverride", "note", "returnVisit", "relatedParty", "relatedEntity", "assigneeGroup");
    private static final Set<String> IGNORED = Set.of("@type", "@baseType");
    private static final List<String> TEXTS = List.of("status", "statusChangeReason", "faultReason", "resolution",
            "openAlarmOverride", "assigneeGroup");

    private PatchCheck() {
    }

    static List<FieldProblem> problems(JsonNode patch) {
        List<FieldProblem> problems = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (!CHANGEABLE.contains(name) && !IGNORED.contains(name)) {
                problems.add(FieldProblem.of(name, patch.get(name).toString(),
                        Text.of("problem.notPatchable", String.join(", ", CHANGEABLE))));
            }
        });
        for (String field : TEXTS) {
            JsonNode value = patch.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                problems.add(FieldProblem.of(field, value.toString(), Text.of("problem.string")));
            }
        }
        String status = patch.path("status").asText(null);
        if (status != null && TicketStatus.ofTmf(status).isEmpty()) {
            problems.add(FieldProblem.of("status", status, Text.oneOf(TicketStatus.tmfNames())));
        }
        for (String field : List.of("faultReason", "resolution", "openAlarmOverride")) {
            if (patch.hasNonNull(field) && !TicketStatus.RESOLVED.tmf().equals(status)) {
                problems.add(FieldProblem.of(field, patch.get(field).asText(), Text.of("ticket.onlyWhenResolved")));
            }
        }
        JsonNode note = patch.get("note");
        if (note != null && !note.isNull()) {
            for (JsonNode each : note.isArray() ? note : List.of(note)) {
                if (!each.isObject() || !each.path("text").isTextual() || each.path("text").asText().isBlank()) {
                    problems.add(FieldProblem.of("note", each.toString(), Text.of("ticket.note")));
                }
            }
        }
        if (patch.has("returnVisit") && !patch.get("returnVisit").isObject()) {
            problems.add(FieldProblem.of("returnVisit", patch.get("returnVisit").toString(),
                    Text.of("ticket.returnVisitObject")));
        }
        for (String list : List.of("relatedParty", "relatedEntity")) {
            if (patch.has(list) && !patch.get(list).isArray()) {
                problems.add(FieldProblem.of(list, patch.get(list).toString(), Text.of("problem.list")));
            }
        }
        return problems;
    }

    /** The notes to append: TMF621 sends a list of Note; a single Note object is taken too. */
    static List<JsonNode> notes(JsonNode patch) {
        JsonNode note = patch.path("note");
        List<JsonNode> notes = new ArrayList<>();
        if (note.isArray()) {
            note.forEach(notes::add);
        } else if (note.isObject()) {
            notes.add(note);
        }
        return notes;
    }
}
