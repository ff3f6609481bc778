package io.kexiang.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kexiang.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class KpiPeriodTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aMonthAQuarterAYearOrDaysAndTheMonthSoFarWhenNothingIsSaid() {
        assertThat(KpiPeriod.of("2026-02", null, null, TODAY)).isEqualTo(new KpiPeriod("2026-02",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(KpiPeriod.of("2026-Q4", null, null, TODAY)).isEqualTo(new KpiPeriod("2026-Q4",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(KpiPeriod.of("2026", null, null, TODAY).last()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(KpiPeriod.of(null, "2026-11-03", "2026-11-09", TODAY).first()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(KpiPeriod.of(null, null, null, TODAY).label()).isEqualTo("2026-12");
    }

    @Test
    void itsInstantsAreTheCentresDays() {
        KpiPeriod january = KpiPeriod.of("2098-01", null, null, TODAY);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(january.since(shanghai)).isEqualTo(Instant.parse("2097-12-31T16:00:00Z"));
        assertThat(january.until(shanghai)).isEqualTo(Instant.parse("2098-01-31T16:00:00Z"));
    }

    @Test
    void anythingElseIsRefusedNamingThePeriod() {
        for (String wrong : new String[] {"2026-13", "2026-Q5", "26", "last month"}) {
            assertThatThrownBy(() -> KpiPeriod.of(wrong, null, null, TODAY)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field())
                            .isEqualTo("period"));
        }
    }
}
