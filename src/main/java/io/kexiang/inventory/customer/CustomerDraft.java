package io.kexiang.inventory.customer;

import io.kexiang.shared.ServiceTier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A group customer as created or updated through the API or a CSV row; upserted by {@code customerCode}.
 * {@code contacts} null leaves the existing contacts alone (CSV rows carry none).
 */
record CustomerDraft(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{kexiang.validation.code}")
        String customerCode,
        @NotBlank @Size(max = 128) String name,
        @NotNull ServiceTier tier,
        @Size(max = 64) String industry,
        @Size(max = 32) String accountManagerEmployeeId,
        List<@Valid ContactDraft> contacts) {
}
