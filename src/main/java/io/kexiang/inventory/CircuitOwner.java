package io.kexiang.inventory;

import io.kexiang.shared.ServiceTier;

/** A circuit with the group customer who owns it and their account manager (null when none is assigned). */
public record CircuitOwner(String circuitId, CircuitType type, CircuitStatus status, String customerCode,
                           String customerName, ServiceTier tier, AccountManagerRef accountManager) {
}
