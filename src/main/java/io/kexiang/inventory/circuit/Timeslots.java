package io.kexiang.inventory.circuit;

import java.util.OptionalInt;

/**
 * E1 timeslots such as {@code 1-15,17} as a 32-bit mask. Timeslot 0 carries framing and is never a customer's,
 * so the valid range is 1 to 31.
 */
public final class Timeslots {

    private Timeslots() {
    }

    /** The mask, or empty when the text is not a valid list of timeslots. */
    public static OptionalInt mask(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        int mask = 0;
        try {
            for (String part : text.split(",")) {
                String[] range = part.trim().split("-", 2);
                int from = Integer.parseInt(range[0].trim());
                int to = range.length == 2 ? Integer.parseInt(range[1].trim()) : from;
                if (from < 1 || to > 31 || from > to) {
                    return OptionalInt.empty();
                }
                for (int slot = from; slot <= to; slot++) {
                    mask |= 1 << slot;
                }
            }
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(mask);
    }
}
