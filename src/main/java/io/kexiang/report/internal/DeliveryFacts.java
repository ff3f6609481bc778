package io.kexiang.report.internal;

import io.kexiang.kpi.KpiFact;
import io.kexiang.kpi.KpiFactSource;
import io.kexiang.kpi.Kpis;
import io.kexiang.report.ReportDeliveries.Delivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 三个报告提供及时率 (every report due in the period, delivered by its due time or not, split by kind) and
 * 季报上报及时性 (the quarterly reports alone), for the KPIs.
 */
@Component
class DeliveryFacts implements KpiFactSource {

    private static final Set<String> THREE_REPORTS = Set.of("fault", "operation", "quarterly");

    private final DeliveryRows rows;
    private final Clock clock;
    private final ZoneId zone;

    DeliveryFacts(DeliveryRows rows, Clock clock, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.rows = rows;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Set<String> kpis() {
        return Set.of("report-delivery-on-time", "quarterly-report-on-time");
    }

    @Override
    public List<KpiFact> facts(Instant from, Instant to) {
        List<KpiFact> facts = new ArrayList<>();
        for (Delivery delivery : rows.due(from, to)) {
            if (!THREE_REPORTS.contains(delivery.kind())) {
                continue; // an incident summary is owed and reminded like them, but is not one of the three
            }
            KpiFact.Dimensions dimensions = new KpiFact.Dimensions(null, delivery.accountManager(), null, List.of(),
                    delivery.customerCode());
            Kpis.Item missed = delivery.onTime() ? null : new Kpis.Item("report-" + delivery.kind(),
                    delivery.subject(), delivery.customerName(), delivery.accountManager(), delivery.dueAt(),
                    delivery.deliveredAt(), Math.max(0, Duration.between(delivery.dueAt(),
                            delivery.deliveredAt() == null ? clock.instant() : delivery.deliveredAt()).toMinutes()),
                    "/reports/deliveries");
            String month = YearMonth.from(delivery.dueAt().atZone(zone)).toString();
            facts.add(new KpiFact("report-delivery-on-time", delivery.onTime(), dimensions, null, month, missed)
                    .inGroup(delivery.kind()));
            if (delivery.kind().equals("quarterly")) {
                facts.add(new KpiFact("quarterly-report-on-time", delivery.onTime(), dimensions, null, month, missed));
            }
        }
        return facts;
    }
}
