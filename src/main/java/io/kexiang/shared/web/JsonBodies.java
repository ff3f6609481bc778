package io.kexiang.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Request bodies read by hand, for TMF resources that check every field themselves and report all problems at
 * once: a body that is not a JSON object is a 400 problem detail, not a 500.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static ObjectNode object(ObjectMapper json, byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw InvalidInputException.badRequest(List.of(FieldProblem.of("$", null, "must be a JSON object")));
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("$", null,
                    "not readable as JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
