package io.kexiang.inventory;

import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.ServiceTier;

/**
 * A circuit found at a place in the network, with who owns it.
 *
 * @param end which end of the circuit is at that place, {@code A} or {@code Z}
 * @param accountManager null when the customer has none assigned
 */
public record CircuitMatch(CircuitId circuitId, CircuitType type, CircuitStatus status, char end,
                           String networkElement, Integer ifIndex, String ifName,
                           CustomerCode customerCode, String customerName, ServiceTier tier,
                           AccountManagerRef accountManager) {
}
