package io.kexiang.inventory.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kexiang.inventory.CircuitStatus;
import io.kexiang.inventory.CircuitType;
import io.kexiang.shared.ServiceTier;
import java.time.Instant;

record CircuitView(String circuitId, String customerCode, String customerName, ServiceTier tier, CircuitType type,
                   Long bandwidthKbps, CircuitStatus status, End aEnd, End zEnd, Instant createdAt,
                   Instant updatedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record End(String ne, Integer ifIndex, String ifName, Integer dlci, Integer vpi, Integer vci, String vrf,
               String routeDistinguisher, String e1Line, String timeslots) {
    }
}
