package io.kexiang.ticket.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmergencyPlanTests {

    @Test
    void theHighestLevelMetByCustomersOrAnAaaOutageWins() {
        assertThat(EmergencyPlan.assess(2, null)).isEmpty();
        assertThat(EmergencyPlan.assess(2, Duration.ofMinutes(59))).isEmpty();
        assertThat(EmergencyPlan.assess(3, null).orElseThrow().level().rank()).isEqualTo(1);
        assertThat(EmergencyPlan.assess(12, null).orElseThrow().level().name()).isEqualTo("较大 larger");
        assertThat(EmergencyPlan.assess(1, Duration.ofHours(5)).orElseThrow().level().rank()).isEqualTo(3);
        assertThat(EmergencyPlan.assess(1, Duration.ofHours(5)).orElseThrow().reason()).contains("AAA", "300 min");
        assertThat(EmergencyPlan.assess(31, Duration.ofMinutes(61)).orElseThrow().reason()).contains("31 customers");
    }
}
