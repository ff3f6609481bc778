package io.kexiang.cutover.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.ServiceTier;
import io.kexiang.shared.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CutoverPolicyTests {

    private final LeadTimePolicy leadTime = new LeadTimePolicy(Duration.ofDays(3),
            Set.of(ServiceTier.AAA, ServiceTier.AA));
    private final Instant start = Instant.parse("2026-12-10T16:00:00Z");

    @Test
    void workHittingAnAaCustomerIsApprovedThreeDaysAheadOrAsAnEmergency() {
        Set<ServiceTier> hit = Set.of(ServiceTier.B, ServiceTier.AA);
        assertThat(leadTime.violation(hit, start, start.minus(Duration.ofDays(3)), false)).isEmpty();
        Text late = leadTime.violation(hit, start, start.minus(Duration.ofDays(2)), false).orElseThrow();
        assertThat(late.code()).isEqualTo("cutover.leadTime");
        assertThat(late.getArguments()).containsExactly("AA, AAA", "2026-12-07T16:00:00Z", "3");
        assertThat(leadTime.violation(hit, start, start.minus(Duration.ofDays(2)), true)).isEmpty();
    }

    @Test
    void workHittingOnlyLesserTiersNeedsNoLeadTime() {
        assertThat(leadTime.violation(Set.of(ServiceTier.A, ServiceTier.B), start, start.minusSeconds(60), false))
                .isEmpty();
        assertThat(leadTime.applies(Set.of(ServiceTier.A))).isFalse();
    }

    @Test
    void aPlanMovesOnlyAlongItsLifecycle() {
        CutoverStatePolicy.check("draft", "submitted");
        CutoverStatePolicy.check("notified", "submitted");
        assertThatThrownBy(() -> CutoverStatePolicy.check("draft", "approved")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("draft");
        assertThatThrownBy(() -> CutoverStatePolicy.check("completed", "inProgress"))
                .hasMessageContaining("completed");
        assertThatThrownBy(() -> CutoverStatePolicy.checkEditable("inProgress")).hasMessageContaining("inProgress");
    }
}
