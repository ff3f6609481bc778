package io.kexiang.kpi.internal;

import io.kexiang.kpi.KpiFact;
import io.kexiang.kpi.KpiFactSource;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class KpiBookTests {

    private static final KpiFact.Dimensions NONE = new KpiFact.Dimensions(null, null, null, List.of(), null);

    @Test
    void theNearestRankPercentile() {
        List<BigDecimal> days = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).stream().map(BigDecimal::valueOf).toList();
        assertThat(KpiBook.percentile(days, 50)).isEqualByComparingTo("5");
        assertThat(KpiBook.percentile(days, 90)).isEqualByComparingTo("9");
        assertThat(KpiBook.percentile(List.of(new BigDecimal("2.25")), 90)).isEqualByComparingTo("2.3");
        assertThat(KpiBook.percentile(List.of(), 50)).isNull();
    }

    @Test
    void aShareIsMetOverCountedAMeanSkipsWhatHasNoMeasureACountCountsAll() {
        List<KpiFact> facts = List.of(fact(true, "3"), fact(false, null), fact(true, "4"));
        assertThat(KpiBook.Sums.of(facts, KpiCatalog.Sum.SHARE)).isEqualTo(new KpiBook.Sums(2, 3,
                new BigDecimal("66.7")));
        assertThat(KpiBook.Sums.of(facts, KpiCatalog.Sum.MEAN)).isEqualTo(new KpiBook.Sums(2, 2,
                new BigDecimal("3.5")));
        assertThat(KpiBook.Sums.of(facts, KpiCatalog.Sum.COUNT).value()).isEqualByComparingTo("3");
        assertThat(KpiBook.Sums.of(List.of(), KpiCatalog.Sum.SHARE).value()).isNull();
    }

    private static KpiFact fact(boolean met, String measure) {
        return new KpiFact("k", met, NONE, measure == null ? null : new BigDecimal(measure), "2026-12", null);
    }
}
