package io.kexiang.ticket.store;

import java.time.Instant;
import java.util.List;

/** A ticket about to be opened, by the alarm intake or by hand. */
public record NewTicket(String ticketType, String origin, String name, String description, String severity,
                        String priority, String customerCode, String customerName, String tier,
                        String accountManagerEmployeeId, String accountManagerName, Long rootAlarmId,
                        List<String> circuitIds, Instant responseDue, Instant restorationDue, String createdBy) {
}
