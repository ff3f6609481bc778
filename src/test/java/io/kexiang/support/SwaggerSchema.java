package io.kexiang.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks JSON against a definition of a Swagger 2.0 specification: types, required properties, enumerations,
 * date-times, arrays and references, which is what TMF's definitions use. Extra properties are allowed, as TMF
 * extension by {@code @type} requires.
 */
public final class SwaggerSchema {

    private final JsonNode definitions;

    private SwaggerSchema(JsonNode definitions) {
        this.definitions = definitions;
    }

    public static SwaggerSchema load(String resource) {
        try (InputStream in = SwaggerSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no specification at " + resource);
            }
            return new SwaggerSchema(new ObjectMapper().readTree(in).get("definitions"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way {@code value} breaks the definition, as JSON paths with reasons; empty when it conforms. */
    /**
     * The violations, but for ids that are strings where the schema says integer: TMF642 v4's swagger types an
     * Alarm's own id as an integer and its AlarmRef.id as a string; Kexiang answers strings throughout, as TMF630
     * and TMF642 v5 do (issue 13). Every other rule of the schema holds.
     */
    public List<String> violationsWithStringIds(String definition, JsonNode value) {
        return violations(definition, value).stream()
                .filter(violation -> !violation.matches("\\$[\\w.\\[\\]]*\\.id: must be an integer"))
                .toList();
    }

    public List<String> violations(String definition, JsonNode value) {
        if (!definitions.has(definition)) {
            throw new IllegalArgumentException("no definition " + definition);
        }
        List<String> violations = new ArrayList<>();
        check(definitions.get(definition), value, "$", violations);
        return violations;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> violations) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/definitions/".length());
            check(definitions.get(name), value, path, violations);
            return;
        }
        if (schema.isEmpty() || schema.size() == 1 && schema.has("description")) {
            return; // {} (TMF's "Any", a characteristic's value): any JSON value
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "object" -> object(schema, value, path, violations);
            case "array" -> {
                if (!value.isArray()) {
                    violations.add(path + ": must be an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]", violations);
                }
            }
            case "string" -> string(schema, value, path, violations);
            case "integer" -> require(value.isIntegralNumber(), path + ": must be an integer", violations);
            case "number" -> require(value.isNumber(), path + ": must be a number", violations);
            case "boolean" -> require(value.isBoolean(), path + ": must be a boolean", violations);
            default -> violations.add(path + ": unknown schema type " + type);
        }
    }

    private void object(JsonNode schema, JsonNode value, String path, List<String> violations) {
        if (!value.isObject()) {
            violations.add(path + ": must be an object");
            return;
        }
        for (JsonNode required : schema.path("required")) {
            require(value.hasNonNull(required.asText()), path + "." + required.asText() + ": required", violations);
        }
        JsonNode properties = schema.path("properties");
        for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (properties.has(name) && !value.get(name).isNull()) {
                check(properties.get(name), value.get(name), path + "." + name, violations);
            }
        }
    }

    private static void string(JsonNode schema, JsonNode value, String path, List<String> violations) {
        if (!value.isTextual()) {
            violations.add(path + ": must be a string");
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.asText().equals(value.asText());
            }
            require(listed, path + ": " + value.asText() + " is not one of " + schema.get("enum"), violations);
        }
        if ("date-time".equals(schema.path("format").asText())) {
            try {
                OffsetDateTime.parse(value.asText());
            } catch (DateTimeParseException e) {
                violations.add(path + ": " + value.asText() + " is not a date-time");
            }
        }
    }

    private static void require(boolean holds, String violation, List<String> violations) {
        if (!holds) {
            violations.add(violation);
        }
    }
}
