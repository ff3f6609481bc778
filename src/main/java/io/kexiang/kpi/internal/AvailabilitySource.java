package io.kexiang.kpi.internal;

import io.kexiang.kpi.Availability.CircuitFigures;
import io.kexiang.kpi.KpiFact;
import io.kexiang.kpi.KpiFactSource;
import io.kexiang.kpi.KpiFilter;
import io.kexiang.kpi.Kpis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Availability and MTBF as KPI facts, one per circuit in service: its availability (met when it reached its tier's
 * target; the figure is their mean, each circuit counting the same minutes) and, when it failed, its hours in
 * service per failure. The items behind the figure are the circuits below their target, with their minutes down.
 */
@Component
class AvailabilitySource implements KpiFactSource {

    private final AvailabilityBook book;
    private final ZoneId zone;

    AvailabilitySource(AvailabilityBook book, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.book = book;
        this.zone = zone;
    }

    @Override
    public Set<String> kpis() {
        return Set.of("availability", "mtbf");
    }

    @Override
    public boolean describesPeriod() {
        return true;
    }

    @Override
    public List<KpiFact> facts(Instant from, Instant to) {
        String month = YearMonth.from(from.atZone(zone)).toString();
        List<KpiFact> facts = new ArrayList<>();
        for (CircuitFigures circuit : book.circuits(from, to, KpiFilter.NONE)) {
            KpiFact.Dimensions dimensions = new KpiFact.Dimensions(null, null, circuit.tier(),
                    circuit.type() == null ? List.of() : List.of(circuit.type()), circuit.customerCode());
            // Unrounded, so that the mean of equal periods is the whole's availability to the last decimal shown.
            BigDecimal availability = BigDecimal.valueOf(circuit.periodMinutes() - circuit.outageMinutes())
                    .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(Math.max(1, circuit.periodMinutes())),
                            9, RoundingMode.HALF_UP);
            facts.add(new KpiFact("availability", circuit.met(), dimensions, availability, month,
                    circuit.met() ? null : new Kpis.Item("circuit", circuit.circuitId(), circuit.customerName(),
                            null, null, null, circuit.outageMinutes(), "/inventory/circuits/" + circuit.circuitId())));
            if (circuit.mtbfHours() != null) {
                facts.add(new KpiFact("mtbf", true, dimensions, circuit.mtbfHours(), month, null));
            }
        }
        return facts;
    }
}
