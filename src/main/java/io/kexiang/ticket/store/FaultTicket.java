package io.kexiang.ticket.store;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fault ticket's lifecycle, as the ticket itself knows it: which moves its state allows (an illegal one is
 * refused with a message naming the state it is in), what a move needs (a reason to wait on the customer), and
 * what it does to the restoration clock. {@link TicketTransitions} loads it under a row lock and stores the result.
 */
final class FaultTicket {

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = Map.of(
            TicketStatus.ACKNOWLEDGED, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.REJECTED,
                    TicketStatus.CANCELLED),
            TicketStatus.IN_PROGRESS, EnumSet.of(TicketStatus.PENDING, TicketStatus.HELD, TicketStatus.RESOLVED,
                    TicketStatus.CANCELLED),
            TicketStatus.PENDING, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CANCELLED),
            TicketStatus.HELD, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CANCELLED),
            TicketStatus.RESOLVED, EnumSet.of(TicketStatus.CLOSED, TicketStatus.IN_PROGRESS),
            TicketStatus.CLOSED, EnumSet.noneOf(TicketStatus.class),
            TicketStatus.REJECTED, EnumSet.noneOf(TicketStatus.class),
            TicketStatus.CANCELLED, EnumSet.noneOf(TicketStatus.class));

    /**
     * What a move did.
     *
     * @param resumedAfter how long the customer's side held the ticket, when the move ends such a wait (the
     *                     restoration deadline moves by it); null otherwise
     * @param pauses whether the move starts such a wait
     */
    record Moved(TicketStatus from, TicketStatus to, Duration resumedAfter, boolean pauses) {
    }

    private final long id;
    private TicketStatus status;
    private final Instant pausedAt;

    FaultTicket(long id, TicketStatus status, Instant pausedAt) {
        this.id = id;
        this.status = status;
        this.pausedAt = pausedAt;
    }

    long id() {
        return id;
    }

    TicketStatus status() {
        return status;
    }

    /**
     * Moves the ticket to the state named (a TMF621 status), or refuses.
     *
     * @param reason why, needed to wait on the customer's side
     */
    Moved moveTo(String to, String reason, Instant now) {
        TicketStatus next = TicketStatus.ofTmf(to).orElseThrow(() -> new ConflictException(
                Text.of("ticket.unknownStatus", to, String.join(", ", TicketStatus.tmfNames()))));
        if (next == status) {
            throw new ConflictException(Text.of("ticket.already", status.tmf()));
        }
        if (!NEXT.get(status).contains(next)) {
            throw new ConflictException(NEXT.get(status).isEmpty() ? Text.of("ticket.final", status.tmf(), to)
                    : Text.of("ticket.move", status.tmf(), to, NEXT.get(status).stream().map(TicketStatus::tmf)
                            .collect(Collectors.joining(", "))));
        }
        if (next.pausesRestoration() && (reason == null || reason.isBlank())) {
            throw InvalidInputException.badRequest(FieldProblem.of("statusChangeReason", null,
                    Text.of("ticket.pauseReason")));
        }
        return become(next, now);
    }

    /** The account manager's call to the customer: confirmed closes the ticket, not confirmed reopens it. */
    Moved returnVisit(boolean confirmed, Instant now) {
        if (status != TicketStatus.RESOLVED) {
            throw new ConflictException(Text.of("ticket.returnVisitNotResolved", status.tmf()));
        }
        return become(confirmed ? TicketStatus.CLOSED : TicketStatus.IN_PROGRESS, now);
    }

    private Moved become(TicketStatus next, Instant now) {
        TicketStatus from = status;
        Duration resumedAfter = from.pausesRestoration() && !next.pausesRestoration() && pausedAt != null
                ? Duration.between(pausedAt, now) : null;
        status = next;
        return new Moved(from, next, resumedAfter, next.pausesRestoration());
    }
}
