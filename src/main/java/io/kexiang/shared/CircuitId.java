package io.kexiang.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A customer circuit's id (a DDN line, an ATM or frame-relay PVC, an MPLS-VPN site) as the inventory keys it and
 * other modules hold it: alarms hit circuits, tickets and cutovers name them. Written in JSON as the bare text.
 */
public record CircuitId(@JsonValue String value) {

    public CircuitId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A circuit id is not blank");
        }
    }

    @JsonCreator
    public static CircuitId of(String value) {
        return new CircuitId(value);
    }

    /** The id, or null for a null or blank text (a column that may be empty). */
    public static CircuitId orNull(String value) {
        return value == null || value.isBlank() ? null : new CircuitId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
