package io.kexiang.ticket;

import java.time.Instant;

/** A ticket was opened (from an alarm or by hand); the notification module tells the people concerned. */
public record TicketOpened(long ticketId, String number, String customerCode, String accountManagerEmployeeId,
                           String priority, Instant responseDue, Instant restorationDue) {
}
