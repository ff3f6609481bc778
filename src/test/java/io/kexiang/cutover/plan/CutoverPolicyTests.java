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
    void aPlanMovesOnlyAlongItsLifecycleAndARefusalNamesItsState() {
        assertThat(CutoverStatus.DRAFT.moveTo(CutoverStatus.SUBMITTED)).isEqualTo(CutoverStatus.SUBMITTED);
        assertThat(CutoverStatus.NOTIFIED.moveTo(CutoverStatus.SUBMITTED)).isEqualTo(CutoverStatus.SUBMITTED);
        assertThatThrownBy(() -> CutoverStatus.DRAFT.moveTo(CutoverStatus.APPROVED))
                .isInstanceOfSatisfying(ConflictException.class, refused -> assertThat(refused.text().getArguments())
                        .containsExactly("draft", "approved"));
        assertThatThrownBy(() -> CutoverStatus.COMPLETED.moveTo(CutoverStatus.IN_PROGRESS))
                .hasMessageContaining("completed");
        assertThatThrownBy(CutoverStatus.IN_PROGRESS::requireEditable).hasMessageContaining("inProgress");
    }

    @Test
    void editingARejectedPlanMakesADraftAndMovingAnApprovedOneSendsItBackForApproval() {
        assertThat(CutoverStatus.REJECTED.afterEdit(false)).contains(CutoverStatus.DRAFT);
        assertThat(CutoverStatus.NOTIFIED.afterEdit(true)).contains(CutoverStatus.SUBMITTED);
        assertThat(CutoverStatus.NOTIFIED.afterEdit(false)).as("a new title changes nothing").isEmpty();
        assertThat(CutoverStatus.SUBMITTED.afterEdit(true)).isEmpty();
        assertThat(CutoverStatus.IN_PROGRESS.isApproved()).isTrue();
        assertThat(CutoverStatus.CANCELLED.isApproved()).isFalse();
    }
}
