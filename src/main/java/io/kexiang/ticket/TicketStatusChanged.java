package io.kexiang.ticket;

import io.kexiang.shared.TicketId;
import java.time.Instant;

/** A ticket moved in its lifecycle (accepted, pending, resolved, closed, reopened …). */
public record TicketStatusChanged(TicketId ticketId, String from, String to, String reason, Instant at) {
}
