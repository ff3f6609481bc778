package io.kexiang.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A board row's version as its page's read tells it, without the row: when it last changed, its count, and the alarm's
 * own columns that the row shows. Comparing two tells an open board what to be sent: nothing, the count alone (a
 * repeat, most of what a busy board sees), or the row.
 *
 * @param shown the alarm's shown columns (severity, state, acknowledgement, flags, cause, place), in a fixed order; the
 *              row's customers and circuits are not among them (they change with an event, which sends the row)
 */
public record BoardVersion(Instant changedAt, int occurrences, List<?> shown) {

    public BoardVersion {
        shown = Collections.unmodifiableList(new ArrayList<>(shown)); // a column may be null
    }

    /** Whether a row at this version looks as one at {@code other}, its count aside. */
    public boolean showsAsAt(BoardVersion other) {
        return shown.equals(other.shown);
    }
}
