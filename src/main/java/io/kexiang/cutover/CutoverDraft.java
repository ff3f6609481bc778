package io.kexiang.cutover;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A cutover plan as written by its requester: what, why, who does it, when, how risky, how to undo it, and what it
 * touches. A circuit not named in {@code expectedImpact} is expected to be interrupted for the whole window.
 */
public record CutoverDraft(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String reason,
        @NotBlank @Size(max = 128) String executingUnit,
        @NotNull OffsetDateTime windowStart,
        @NotNull OffsetDateTime windowEnd,
        @NotNull @Pattern(regexp = "low|medium|high") String riskLevel,
        @NotBlank @Size(max = 4000) String rollbackPlan,
        Boolean emergency,
        @Pattern(regexp = "zh-CN|en") String customerLanguage,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Scope> scope,
        @Size(max = 10000) List<@Valid @NotNull ExpectedImpact> expectedImpact,
        Boolean noCustomerImpact) {

    /** A network element (all of it), an interface on one, or a circuit. */
    public record Scope(@Size(max = 128) String networkElement, @Size(max = 64) String networkInterface,
                        @Size(max = 64) String circuitId) {
    }

    public record ExpectedImpact(@NotBlank @Size(max = 64) String circuitId,
                                 @NotNull @Pattern(regexp = "interruption|degraded|none") String impact,
                                 @Positive Integer durationMinutes) {
    }

    public boolean isEmergency() {
        return Boolean.TRUE.equals(emergency);
    }

    /** The planner's word that the plan hits no customer (a plan whose scope hits no circuit needs it). */
    public boolean isNoCustomerImpact() {
        return Boolean.TRUE.equals(noCustomerImpact);
    }

    public List<ExpectedImpact> expected() {
        return expectedImpact == null ? List.of() : expectedImpact;
    }
}
