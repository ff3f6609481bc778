package io.kexiang.console.alarms;

import io.kexiang.alarm.BoardRow;
import io.kexiang.alarm.BoardVersion;
import io.kexiang.shared.AlarmId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a view's boards were last sent, so that the next push sends only what moved. Most changes on a busy board
 * are repeats of open faults: only the count moves, and a count is a few bytes where the row is two kilobytes of
 * HTML rendered afresh. In a burst every row on every page repeats each second; sent whole, fifty boards took
 * megabytes a second and the rendering with them.
 */
final class ShownRows {

    /**
     * Rows to send whole (new to the boards, or changed beyond their count), counts by alarm id, and the rows counted
     * on a version whose row the boards no longer hold as it was (a board joined meanwhile): to be read whole next.
     */
    record Delta(List<BoardRow> whole, Map<Long, Integer> counts, List<AlarmId> unheld) {
    }

    /** A row as sent, with the page's version it was sent at. */
    private record Sent(BoardRow row, BoardVersion version) {
    }

    private final Map<AlarmId, Sent> sent = new HashMap<>();

    /**
     * What to send for these changed rows, read whole, and these rows whose count alone moved (not read: their
     * version says so); they become what the boards show.
     */
    synchronized Delta next(List<BoardRow> changed, Map<AlarmId, BoardVersion> counted,
            Map<AlarmId, BoardVersion> page) {
        List<BoardRow> whole = new ArrayList<>();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (BoardRow row : changed) {
            Sent before = sent.put(row.id(), new Sent(row, page.get(row.id())));
            if (before != null && onlyCountMoved(before.row(), row)) {
                counts.put(row.id().value(), row.occurrences());
            } else {
                whole.add(row);
            }
        }
        List<AlarmId> unheld = new ArrayList<>();
        counted.forEach((id, version) -> {
            if (holdsAsShownAt(id, version)) {
                Sent before = sent.get(id);
                sent.put(id, new Sent(withCount(before.row(), version.occurrences(), version.changedAt()), version));
                counts.put(id.value(), version.occurrences());
            } else {
                unheld.add(id);
            }
        });
        return new Delta(whole, counts, unheld);
    }

    /** Whether the boards hold this row as it looks at {@code version}, its count aside. */
    synchronized boolean holdsAsShownAt(AlarmId id, BoardVersion version) {
        Sent before = sent.get(id);
        return before != null && before.version() != null && before.version().showsAsAt(version);
    }

    /** Rows no longer on the view's page are forgotten: should one come back, it is sent whole. */
    synchronized void keepOnly(Set<AlarmId> page) {
        sent.keySet().retainAll(page);
    }

    /**
     * A board joining the view loaded its page on its own, perhaps newer than the last push: every row is sent
     * whole once, so that no board is patched from a state it does not hold.
     */
    synchronized void forget() {
        sent.clear();
    }

    private static boolean onlyCountMoved(BoardRow before, BoardRow now) {
        return withCount(before, now.occurrences(), now.changedAt()).equals(now);
    }

    /** The row as before with another count and version (a version is not shown). */
    private static BoardRow withCount(BoardRow row, int occurrences, Instant changedAt) {
        return row.withCount(occurrences, changedAt);
    }
}
