package io.kexiang.ticket.tmf;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * What a TMF621 body says a ticket is about: its circuits ({@code relatedEntity} with {@code @referredType:
 * Circuit}) and its customer ({@code relatedParty} with role {@code customer}); and who owns them, asked of the
 * inventory. Read alike when a ticket is declared and when one in triage is linked.
 */
record TicketParties(List<String> circuitIds, String customerCode) {

    static TicketParties of(JsonNode body) {
        List<String> circuitIds = new ArrayList<>();
        for (JsonNode entity : body.path("relatedEntity")) {
            if ("Circuit".equals(entity.path("@referredType").asText())) {
                circuitIds.add(entity.path("id").asText());
            }
        }
        String customerCode = null;
        for (JsonNode party : body.path("relatedParty")) {
            if ("customer".equals(party.path("role").asText())) {
                customerCode = party.path("id").asText();
            }
        }
        return new TicketParties(List.copyOf(circuitIds), customerCode);
    }

    boolean none() {
        return circuitIds.isEmpty() && customerCode == null;
    }

    /**
     * The owner of the circuits, else the customer named; null when the body names neither. An unknown circuit or
     * customer, and circuits of more than one customer, are added to {@code problems}.
     */
    CircuitOwner owner(CustomerDirectory customers, List<FieldProblem> problems) {
        List<CircuitOwner> owners = new ArrayList<>();
        for (String circuitId : circuitIds) {
            CircuitId id = CircuitId.orNull(circuitId);
            (id == null ? java.util.Optional.<CircuitOwner>empty() : customers.circuit(id)).ifPresentOrElse(
                    owners::add, () -> problems.add(FieldProblem.of("relatedEntity", circuitId,
                            Text.noSuch("circuit"))));
        }
        CircuitOwner owner = owners.isEmpty() ? null : owners.get(0);
        if (owner == null && customerCode != null) {
            CustomerCode code = CustomerCode.orNull(customerCode);
            owner = code == null ? null : customers.customer(code).orElse(null);
            if (owner == null) {
                problems.add(FieldProblem.of("relatedParty", customerCode, Text.noSuch("customer")));
            }
        }
        if (owners.stream().map(CircuitOwner::customerCode).distinct().count() > 1) {
            problems.add(FieldProblem.of("relatedEntity", String.join(",", circuitIds),
                    Text.of("ticket.oneCustomer")));
        }
        return owner;
    }
}
