package io.kexiang.shared.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Request bodies that are not what they should be, said without the parser's own (English) words: which field had
 * a value of the wrong kind, or where the text stopped being JSON. Also reads bodies by hand for TMF resources that
 * check every field themselves and report all problems at once.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static ObjectNode object(ObjectMapper json, byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw InvalidInputException.badRequest(FieldProblem.of("$", null, Text.of("problem.jsonObject")));
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why a body could not be read, as a 400 naming the field where Jackson knows it. */
    public static InvalidInputException unreadable(Throwable cause) {
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            Object value = cause instanceof InvalidFormatException format ? format.getValue() : null;
            return InvalidInputException.badRequest(FieldProblem.of(field, value, reason(mismatch)));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return InvalidInputException.badRequest(FieldProblem.of(path(unknown), null,
                    Text.of("problem.unknownField")));
        }
        JsonLocation where = cause instanceof JsonProcessingException json ? json.getLocation() : null;
        Text detail = where == null || where.getLineNr() < 1 ? Text.of("problem.unreadableBody")
                : Text.of("problem.notJson", where.getLineNr(), where.getColumnNr());
        return new InvalidInputException(400, detail, List.of(FieldProblem.of("$", null, detail)));
    }

    private static Text reason(MismatchedInputException mismatch) {
        Class<?> target = mismatch.getTargetType();
        if (target != null && target.isEnum()) {
            return Text.of("problem.oneOf", Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        if (target == null) {
            return Text.of("problem.invalidValue");
        }
        return Text.of("problem.wrongKind", Text.of("kind." + kind(target)));
    }

    /** A JSON kind, not a Java class: what a client can act on. */
    private static String kind(Class<?> target) {
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "number";
        }
        if (CharSequence.class.isAssignableFrom(target) || target.getName().startsWith("java.time.")) {
            return "string";
        }
        if (Iterable.class.isAssignableFrom(target) || target.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
