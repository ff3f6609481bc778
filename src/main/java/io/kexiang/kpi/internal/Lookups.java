package io.kexiang.kpi.internal;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A person's department, a customer's tier, a circuit's type, each looked up once per computation (a quarter's
 * tickets name the same few hundred people and customers over and over).
 */
final class Lookups {

    private final PersonDirectory people;
    private final CustomerDirectory customers;
    private final Map<String, String> departments = new HashMap<>();
    private final Map<String, Optional<CircuitOwner>> byCustomer = new HashMap<>();
    private final Map<String, Optional<CircuitOwner>> byCircuit = new HashMap<>();
    /** The circuits in service, read once at the first look-up: they answer most of them in one query. */
    private Map<String, String> tiers;
    private Map<String, String> types;

    Lookups(PersonDirectory people, CustomerDirectory customers) {
        this.people = people;
        this.customers = customers;
    }

    /** The person's own department, null when they have none (or no person is named). */
    String department(String employeeId) {
        if (employeeId == null) {
            return null;
        }
        return orNull(departments.computeIfAbsent(employeeId, id -> people.departmentsOf(id).stream().findFirst()
                .orElse("")));
    }

    String tier(String customerCode) {
        if (customerCode == null || customerCode.isBlank()) {
            return null;
        }
        String served = served().tiers.get(customerCode);
        if (served != null) {
            return served;
        }
        return byCustomer.computeIfAbsent(customerCode, code -> customers.customer(CustomerCode.of(code)))
                .map(owner -> owner.tier() == null ? null : owner.tier().name()).orElse(null);
    }

    String circuitType(String circuitId) {
        if (circuitId == null || circuitId.isBlank()) {
            return null;
        }
        String served = served().types.get(circuitId);
        if (served != null) {
            return served;
        }
        return byCircuit.computeIfAbsent(circuitId, id -> customers.circuit(CircuitId.of(id)))
                .map(owner -> owner.type() == null ? null : owner.type().name()).orElse(null);
    }

    /** Customers and circuits no longer in service are looked up one by one (rare). */
    private Lookups served() {
        if (tiers == null) {
            tiers = new HashMap<>();
            types = new HashMap<>();
            for (CustomerDirectory.ServedCircuit circuit : customers.inService(null)) {
                if (circuit.tier() != null) {
                    tiers.put(circuit.customerCode(), circuit.tier());
                }
                if (circuit.type() != null) {
                    types.put(circuit.circuitId(), circuit.type());
                }
            }
        }
        return this;
    }

    static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
