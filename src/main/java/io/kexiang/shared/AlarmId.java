package io.kexiang.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An alarm's id as other modules hold it. In the shared kernel rather than in {@code alarm} because the alarm
 * module's own API names tickets and tickets name alarms: each module's ids here keep that from being a cycle.
 * Written in JSON (event publications, TMF bodies) as the bare number.
 */
public record AlarmId(@JsonValue long value) {

    public AlarmId {
        if (value <= 0) {
            throw new IllegalArgumentException("An alarm id is positive, not " + value);
        }
    }

    @JsonCreator
    public static AlarmId of(long value) {
        return new AlarmId(value);
    }

    /** The id, or null for a null number (a column that may be empty). */
    public static AlarmId orNull(Long value) {
        return value == null ? null : new AlarmId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
