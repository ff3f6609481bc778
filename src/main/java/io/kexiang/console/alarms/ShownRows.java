package io.kexiang.console.alarms;

import io.kexiang.alarm.BoardRow;
import io.kexiang.shared.AlarmId;
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

    /** Rows to send whole (new to the boards, or changed beyond their count), and counts by alarm id. */
    record Delta(List<BoardRow> whole, Map<Long, Integer> counts) {
    }

    private final Map<AlarmId, BoardRow> sent = new HashMap<>();

    /** What to send for these changed rows; they become what the boards show. */
    synchronized Delta next(List<BoardRow> changed) {
        List<BoardRow> whole = new ArrayList<>();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (BoardRow row : changed) {
            BoardRow before = sent.put(row.id(), row);
            if (before != null && onlyCountMoved(before, row)) {
                counts.put(row.id().value(), row.occurrences());
            } else {
                whole.add(row);
            }
        }
        return new Delta(whole, counts);
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
        return withCountOf(before, now).equals(now);
    }

    /** The row as before with the other's count and version (a version is not shown). */
    private static BoardRow withCountOf(BoardRow row, BoardRow other) {
        return new BoardRow(row.id(), row.perceivedSeverity(), row.state(), row.raisedAt(), other.changedAt(),
                row.networkElement(), row.alarmedObject(), row.probableCause(), row.specificProblem(),
                row.customers(), row.circuits(), row.accountManagers(), other.occurrences(), row.acknowledged(),
                row.acknowledgedBy(), row.flapping(), row.plannedOutage(), row.serviceAffecting(), row.rootCause(),
                row.children(), row.parent());
    }
}
