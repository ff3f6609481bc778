package io.kexiang.alarm.store;

import jakarta.persistence.Embeddable;

/** A circuit an alarm hits, with its customer and account manager as they were when it was linked. */
@Embeddable
public record AlarmCircuit(String circuitId, String circuitType, String customerCode, String customerName,
                           String tier, String accountManagerEmployeeId, String accountManagerName) {
}
