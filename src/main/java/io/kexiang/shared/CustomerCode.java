package io.kexiang.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A group customer's (集团客户) code as the inventory keys it and other modules hold it: alarms, tickets and
 * notices are about customers, and account managers see their own. Written in JSON as the bare text.
 */
public record CustomerCode(@JsonValue String value) {

    public CustomerCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A customer code is not blank");
        }
    }

    @JsonCreator
    public static CustomerCode of(String value) {
        return new CustomerCode(value);
    }

    /** The code, or null for a null or blank text (a column that may be empty). */
    public static CustomerCode orNull(String value) {
        return value == null || value.isBlank() ? null : new CustomerCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
