package io.kexiang.ticket;

import io.kexiang.shared.TicketId;
import java.time.Instant;

/**
 * A ticket went up the escalation chain: the people at {@code level} (1 technical specialist, 2 department
 * manager, 3 VP) are to be told.
 *
 * @param step {@code response-warning}, {@code response-breach}, {@code restoration-warning} or
 *             {@code restoration-breach}
 * @param deadline the deadline the step is about
 */
public record TicketEscalated(TicketId ticketId, String number, String customerName, String name, String step,
                             int level, Instant deadline, Instant at) {
}
