package io.kexiang.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A fault ticket's id as other modules hold it. In the shared kernel rather than in {@code ticket} because the alarm
 * module's own API names tickets and tickets name alarms: each module's ids here keep that from being a cycle.
 * Written in JSON (event publications, TMF bodies) as the bare number.
 */
public record TicketId(@JsonValue long value) {

    public TicketId {
        if (value <= 0) {
            throw new IllegalArgumentException("A ticket id is positive, not " + value);
        }
    }

    @JsonCreator
    public static TicketId of(long value) {
        return new TicketId(value);
    }

    /** The id, or null for a null number (a column that may be empty). */
    public static TicketId orNull(Long value) {
        return value == null ? null : new TicketId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
