package io.kexiang.shared.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * TMF630 attribute selection: {@code fields=state,severity} keeps exactly those attributes and the two that
 * identify the resource ({@code id}, {@code href}); {@code @type} comes only when asked for. No {@code fields}
 * keeps everything.
 */
public final class FieldsProjection {

    private static final Set<String> ALWAYS = Set.of("id", "href");

    private final Set<String> fields;

    private FieldsProjection(Set<String> fields) {
        this.fields = fields;
    }

    public static FieldsProjection of(String fields) {
        return new FieldsProjection(fields == null ? Set.of() : Arrays.stream(fields.split(",")).map(String::trim)
                .filter(field -> !field.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    public Map<String, Object> apply(Map<String, Object> resource) {
        if (fields.isEmpty()) {
            return resource;
        }
        Map<String, Object> projected = new LinkedHashMap<>();
        resource.forEach((name, value) -> {
            if (ALWAYS.contains(name) || fields.contains(name)) {
                projected.put(name, value);
            }
        });
        return projected;
    }
}
