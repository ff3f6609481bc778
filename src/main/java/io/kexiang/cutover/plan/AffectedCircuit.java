package io.kexiang.cutover.plan;


/**
 * A circuit a cutover hits, with its owner and what the requester expects for it.
 *
 * @param accountManagerEmployeeId null when the customer has no account manager
 * @param durationMinutes null: the whole window
 */
public record AffectedCircuit(String circuitId, String circuitType, String customerCode, String customerName,
                              String tier, String accountManagerEmployeeId, String accountManagerName, String impact,
                              Integer durationMinutes) {
}
