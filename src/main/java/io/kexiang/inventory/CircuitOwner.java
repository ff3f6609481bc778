package io.kexiang.inventory;

import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.ServiceTier;

/** A circuit with the group customer who owns it and their account manager (null when none is assigned). */
public record CircuitOwner(CircuitId circuitId, CircuitType type, CircuitStatus status, CustomerCode customerCode,
                           String customerName, ServiceTier tier, AccountManagerRef accountManager) {
}
