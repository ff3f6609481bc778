package io.kexiang.ticket;

import java.time.Instant;

/** A ticket moved in its lifecycle (accepted, pending, resolved, closed, reopened …). */
public record TicketStatusChanged(long ticketId, String from, String to, String reason, Instant at) {
}
