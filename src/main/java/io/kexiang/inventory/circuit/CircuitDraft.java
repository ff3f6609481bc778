package io.kexiang.inventory.circuit;

import io.kexiang.inventory.CircuitStatus;
import io.kexiang.inventory.CircuitType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A circuit as created or updated through the API or a CSV row; upserted by {@code circuitId}. The identifiers
 * of the circuit's kind (DLCI, VPI/VCI, VRF, E1 line) apply to both ends, as in the CSV layout.
 */
record CircuitDraft(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{kexiang.validation.code}")
        String circuitId,
        @NotBlank @Size(max = 32) String customerCode,
        @NotNull CircuitType type,
        @Positive Long bandwidthKbps,
        @NotNull CircuitStatus status,
        @NotNull @Valid EndDraft aEnd,
        @Valid EndDraft zEnd,
        @Min(16) @Max(1007) Integer dlci,
        @Min(0) @Max(4095) Integer vpi,
        @Min(32) @Max(65535) Integer vci,
        @Size(max = 64) String vrf,
        @Size(max = 32) @Pattern(regexp = "[0-9.]+:[0-9]+", message = "{kexiang.validation.routeDistinguisher}")
        String routeDistinguisher,
        @Size(max = 32) String e1Line,
        @Size(max = 64) String timeslots) {
}
