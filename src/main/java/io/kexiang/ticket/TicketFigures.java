package io.kexiang.ticket;

import java.time.Instant;
import java.util.List;

/**
 * The tickets' facts that the centre's KPIs (考核) are counted from, read for a period [from, to): each fact is
 * whole (a ticket with its customer, tier, priority, circuits and who worked it), so that figures can be cut by any
 * of them and every late one named.
 */
public interface TicketFigures {

    /** What every fact says of its ticket. */
    record TicketFacts(long id, String number, String type, String priority, String severity, String customerCode,
                       String customerName, String tier, String assignee, List<String> circuits,
                       List<String> circuitTypes, Instant created) {
    }

    /**
     * A ticket restored (resolved) in the period. {@code restorationDue} already includes its pauses: the clock
     * stops while it waits on the customer (pending) or is held.
     */
    record Restored(TicketFacts ticket, Instant restorationDue, Instant resolvedAt, long pausedSeconds,
                    String faultReason, String faultReasonName) {
    }

    /** Tickets of a type (fault, consultation, complaint) resolved in the period. */
    List<Restored> restored(String type, Instant from, Instant to);

    /**
     * A ticket's first response, counted in the period it was given, or, never given, in the period its deadline
     * passed ({@code respondedAt} null: late).
     */
    record Response(TicketFacts ticket, Instant responseDue, Instant respondedAt) {
    }

    List<Response> responses(Instant from, Instant to);

    /** A ticket closed in the period, with its return visit (回访) if one was made. */
    record Closed(TicketFacts ticket, Instant closedAt, Instant visitedAt, Boolean confirmed, String satisfaction) {
    }

    List<Closed> closed(String type, Instant from, Instant to);

    /** Tickets of a type opened in the period (complaints per month). */
    List<TicketFacts> opened(String type, Instant from, Instant to);

    /** A while a ticket waited on the customer's side (pending), on its circuits; {@code to} null: still waiting. */
    record CustomerWait(long ticketId, List<String> circuits, Instant from, Instant to) {
    }

    /**
     * A ticket with everything the KPIs count of it, read once for all of them: its restoration, first response,
     * closing with its return visit; the caller keeps what fell in its period.
     */
    record Worked(TicketFacts ticket, String status, Instant restorationDue, Instant resolvedAt, long pausedSeconds,
                  Instant responseDue, Instant respondedAt, Instant closedAt, Instant visitedAt,
                  String satisfaction) {
    }

    /**
     * In one reading, the tickets any of {@link #restored}, {@link #responses}, {@link #closed} or
     * {@link #opened} (complaints) would give for the period, and perhaps a few more (the caller keeps what it
     * counts): a quarter's tickets are read once, not four times.
     */
    List<Worked> worked(Instant from, Instant to);

    /** A ticket not yet restored, as it stands. */
    record Open(TicketFacts ticket, String status, Instant restorationDue) {
    }

    /** The customer's tickets of every type not yet resolved, oldest first. */
    List<Open> open(String customerCode);

    /** The waits that overlap the period. */
    List<CustomerWait> customerWaits(Instant from, Instant to);
}
