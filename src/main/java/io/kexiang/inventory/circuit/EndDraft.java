package io.kexiang.inventory.circuit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Where one end of a circuit is: a network element and an interface, by ifIndex, ifName or both. */
record EndDraft(@NotBlank @Size(max = 128) String ne, @Positive Integer ifIndex, @Size(max = 64) String ifName) {

    boolean isEmpty() {
        return ne == null && ifIndex == null && ifName == null;
    }
}
