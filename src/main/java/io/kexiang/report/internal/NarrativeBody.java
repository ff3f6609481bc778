package io.kexiang.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.web.JsonBodies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body that saves a written report's draft: {@code {"narrative": {"section": "text", …}, …}} with the other
 * fields a report allows. The sections themselves are checked by the report (which ones it has, how long).
 */
record NarrativeBody(JsonNode request, Map<String, String> narrative) {

    /** @throws InvalidInputException naming every field not in {@code fields} and a narrative that is no object */
    static NarrativeBody read(ObjectMapper json, byte[] body, Set<String> fields) {
        JsonNode request = JsonBodies.object(json, body);
        List<FieldProblem> problems = new ArrayList<>();
        request.fieldNames().forEachRemaining(name -> {
            if (!name.equals("narrative") && !fields.contains(name)) {
                problems.add(FieldProblem.of(name, null, Text.of("problem.unknownField")));
            }
        });
        if (request.has("narrative") && !request.get("narrative").isObject()) {
            problems.add(FieldProblem.of("narrative", request.get("narrative").toString(),
                    Text.of("problem.jsonObject")));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        Map<String, String> narrative = new LinkedHashMap<>();
        request.path("narrative").fields().forEachRemaining(field -> narrative.put(field.getKey(),
                field.getValue().asText(null)));
        return new NarrativeBody(request, narrative);
    }
}
