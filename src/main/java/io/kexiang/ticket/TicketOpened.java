package io.kexiang.ticket;

import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.TicketId;
import java.time.Instant;

/** A ticket was opened (from an alarm or by hand); the notification module tells the people concerned. */
public record TicketOpened(TicketId ticketId, String number, CustomerCode customerCode, String accountManagerEmployeeId,
                           String priority, Instant responseDue, Instant restorationDue) {
}
