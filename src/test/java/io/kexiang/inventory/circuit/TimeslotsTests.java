package io.kexiang.inventory.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeslotsTests {

    @Test
    void rangesAndSingleSlotsBecomeAMask() {
        assertThat(Timeslots.mask("1-3,5").getAsInt()).isEqualTo(0b101110);
        assertThat(Timeslots.mask("1-31").getAsInt()).isEqualTo(0xFFFFFFFE);
    }

    @Test
    void timeslotZeroCarriesFramingAndIsNeverACustomers() {
        assertThat(Timeslots.mask("0-3")).isEmpty();
        assertThat(Timeslots.mask("5-32")).isEmpty();
        assertThat(Timeslots.mask("7-3")).isEmpty();
        assertThat(Timeslots.mask("a-b")).isEmpty();
    }
}
