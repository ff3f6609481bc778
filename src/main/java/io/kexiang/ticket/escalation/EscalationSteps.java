package io.kexiang.ticket.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When a ticket's escalation steps fall due: at a share of each deadline (a warning) and at the deadline (a
 * breach). Response steps only while nobody has accepted the ticket; restoration steps only while it is neither
 * resolved nor waiting on the customer's side (its deadline is moved by the wait when it resumes).
 */
final class EscalationSteps {

    static final List<String> ORDER = List.of("response-warning", "response-breach", "restoration-warning",
            "restoration-breach");

    /** The figures of a ticket the steps depend on. */
    record Clocks(Instant created, Instant responseDue, Instant restorationDue, Instant respondedAt,
                  Instant resolvedAt, Instant pausedAt, long pausedSeconds) {
    }

    record Step(String name, Instant dueAt, Instant deadline) {
    }

    private final double warnShare;

    EscalationSteps(double warnShare) {
        if (warnShare <= 0 || warnShare >= 1) {
            throw new IllegalArgumentException("the warning share of a deadline must be between 0 and 1, not "
                    + warnShare);
        }
        this.warnShare = warnShare;
    }

    /** The steps due at {@code now}, in order. */
    List<Step> due(Clocks ticket, Instant now) {
        List<Step> due = new ArrayList<>();
        if (ticket.respondedAt() == null) {
            add(due, "response-warning", share(ticket.created(), ticket.responseDue(), 0), ticket.responseDue(),
                    now);
            add(due, "response-breach", ticket.responseDue(), ticket.responseDue(), now);
        }
        if (ticket.resolvedAt() == null && ticket.pausedAt() == null) {
            add(due, "restoration-warning", share(ticket.created(), ticket.restorationDue(),
                    ticket.pausedSeconds()), ticket.restorationDue(), now);
            add(due, "restoration-breach", ticket.restorationDue(), ticket.restorationDue(), now);
        }
        return due;
    }

    /** The warning point: the share of the working time to the deadline, after the time spent waiting. */
    private Instant share(Instant created, Instant deadline, long pausedSeconds) {
        Duration working = Duration.between(created, deadline).minusSeconds(pausedSeconds);
        return created.plusSeconds(pausedSeconds).plusMillis((long) (working.toMillis() * warnShare));
    }

    private static void add(List<Step> due, String name, Instant at, Instant deadline, Instant now) {
        if (!now.isBefore(at)) {
            due.add(new Step(name, at, deadline));
        }
    }
}
