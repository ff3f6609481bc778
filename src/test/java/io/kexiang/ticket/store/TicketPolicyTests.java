package io.kexiang.ticket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketPolicyTests {

    private static final Instant OPENED = Instant.parse("2026-11-25T01:00:00Z");

    @Test
    void theCentresDefaultsSetTheDeadlines() {
        SlaPolicy sla = new TicketSettings(Duration.ofSeconds(60), null, null, null, null, "GZ",
                Duration.ofSeconds(1), null).sla();

        assertThat(sla.responseDue(OPENED, "urgent")).isEqualTo(OPENED.plus(Duration.ofHours(2)));
        assertThat(sla.responseDue(OPENED, "complex")).isEqualTo(OPENED.plus(Duration.ofHours(48)));
        assertThat(sla.restorationDue(OPENED, "fault", "AAA")).isEqualTo(OPENED.plus(Duration.ofHours(4)));
        assertThat(sla.restorationDue(OPENED, "complaint", "AAA")).isEqualTo(OPENED.plus(Duration.ofHours(48)));
        assertThatThrownBy(() -> sla.responseDue(OPENED, "whenever")).hasMessageContaining("whenever");
    }

    @Test
    void aClientsFreeTextTicketTypeIsFiledUnderAKindAndAnUnknownOneIsAFault() {
        TicketSettings defaults = new TicketSettings(Duration.ofSeconds(60), null, null, null, null, "GZ",
                Duration.ofSeconds(1), null);

        assertThat(defaults.kindOf("Connectivity")).isEqualTo("fault");
        assertThat(defaults.kindOf("inquiry")).isEqualTo("consultation");
        assertThat(defaults.kindOf("complaint")).isEqualTo("complaint");
        assertThat(defaults.kindOf("something-new")).isEqualTo("fault");
        assertThat(new TicketSettings(Duration.ofSeconds(60), null, null, null, null, "GZ", Duration.ofSeconds(1),
                Map.of("投诉", "complaint")).kindOf("投诉")).isEqualTo("complaint");
    }

    @Test
    void anAaaCustomerWaitsNoHoldOffAndConfigurationReplacesTheDefaults() {
        TicketSettings defaults = new TicketSettings(Duration.ofSeconds(60), null, null, null, null, "GZ",
                Duration.ofSeconds(1), null);
        TicketSettings configured = new TicketSettings(Duration.ofSeconds(60), Map.of("AA", Duration.ofSeconds(5)),
                Map.of("urgent", Duration.ofMinutes(30)), null, null, "TJ", Duration.ofSeconds(1), null);

        assertThat(defaults.holdOffFor("AAA")).isZero();
        assertThat(defaults.holdOffFor("B")).isEqualTo(Duration.ofSeconds(60));
        assertThat(configured.holdOffFor("AA")).isEqualTo(Duration.ofSeconds(5));
        assertThat(configured.holdOffFor("AAA")).as("a configured map replaces the default one")
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(configured.sla().responseDue(OPENED, "urgent")).isEqualTo(OPENED.plus(Duration.ofMinutes(30)));
    }
}
