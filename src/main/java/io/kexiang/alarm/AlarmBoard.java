package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * The NOC's board of open alarms, for the console. Filters are the TMF642 list's ({@code perceivedSeverity},
 * {@code tier}, {@code customer}, {@code circuitType}, {@code networkElement}, {@code accountManager},
 * {@code ackState}, {@code serviceAffecting} …); an account manager sees only the alarms that hit their customers.
 */
public interface AlarmBoard {

    /** What the board does to the alarms an engineer selected. */
    enum Action {
        ACKNOWLEDGE, COMMENT, CLEAR
    }

    /** A page of the board, and how many open alarms pass the filters in all. */
    record Page(List<BoardRow> rows, long total) {
    }

    /**
     * Open alarms that stand on their own (roots and alarms under no root), newest raised first.
     *
     * @throws io.kexiang.shared.InvalidInputException naming each unknown filter or bad value
     */
    Page open(Map<String, String> filters, Authentication viewer, int offset, int limit);

    /**
     * An alarm in full for its page: the TMF642 representation (circuits, customers, account managers, tickets,
     * planned outage, parent and children) with its {@code journal} and newest {@code events} (decoded digests).
     *
     * @throws io.kexiang.shared.NotFoundException when there is none, or the viewer may not see it
     */
    Map<String, Object> detail(AlarmId id, Authentication viewer);

    /** Alarms of every state passing the filters (a circuit's history), newest raised first, at most {@code limit}. */
    List<BoardRow> history(Map<String, String> filters, Authentication viewer, int limit);

    /** The alarms under a storm's root, newest first. */
    List<BoardRow> children(AlarmId root, Authentication viewer);

    /**
     * The first {@code limit} rows of the viewer's board under these filters, as ids in the board's order, each with
     * its version: every change moves its time (a repeat, an acknowledgement, a comment …), so comparing two answers
     * tells what to send an open board, whichever node made the change.
     */
    Map<AlarmId, BoardVersion> firstPage(Map<String, String> filters, Authentication viewer, int limit);

    /**
     * The versions of these alarms that are still on a board (open, under no root), as {@link #firstPage} reads them:
     * an open board's rows that the intake updated, read by id instead of reading its page again. An alarm missing
     * from the answer has left the board.
     */
    Map<AlarmId, BoardVersion> versions(Collection<AlarmId> ids);

    /** These alarms as board rows, newest first; those the viewer may not see are left out. */
    List<BoardRow> rows(Collection<AlarmId> ids, Authentication viewer);

    /**
     * Acknowledges, comments or clears the alarms selected, as the viewer; returns those that changed. An alarm the
     * viewer may not see is refused as not found, before any changes.
     */
    List<AlarmId> act(Action action, List<AlarmId> ids, String comment, Authentication viewer);
}
