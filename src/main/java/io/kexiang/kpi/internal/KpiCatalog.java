package io.kexiang.kpi.internal;

import java.util.List;
import java.util.Optional;

/**
 * Every KPI, defined once: its code, how its facts are added up, its unit and which way is better. Names and
 * formulas are in the message catalogues ({@code kpi.<code>}, {@code kpi.<code>.formula}); targets in
 * {@link KpiSettings}.
 */
final class KpiCatalog {

    /** How a KPI's facts add up: a share met (per cent), a mean of their measures, or how many there are. */
    enum Sum { SHARE, MEAN, COUNT }

    record Kind(String code, Sum sum, String unit, boolean higherIsBetter) {
    }

    static final List<Kind> ALL = List.of(
            new Kind("fault-restoration-on-time", Sum.SHARE, "%", true),
            new Kind("first-response-on-time", Sum.SHARE, "%", true),
            new Kind("mttr", Sum.MEAN, "h", false),
            new Kind("return-visit-share", Sum.SHARE, "%", true),
            new Kind("return-visit-satisfaction", Sum.SHARE, "%", true),
            new Kind("complaints", Sum.COUNT, "count", false),
            new Kind("resource-check-on-time", Sum.SHARE, "%", true),
            new Kind("service-opening-on-time", Sum.SHARE, "%", true),
            new Kind("service-opening-cycle", Sum.MEAN, "d", false),
            new Kind("response-work-completion", Sum.SHARE, "%", true),
            new Kind("availability", Sum.MEAN, "%", true),
            new Kind("mtbf", Sum.MEAN, "h", true),
            new Kind("report-delivery-on-time", Sum.SHARE, "%", true),
            new Kind("quarterly-report-on-time", Sum.SHARE, "%", true));

    private KpiCatalog() {
    }

    static Optional<Kind> find(String code) {
        return ALL.stream().filter(kind -> kind.code().equals(code)).findFirst();
    }
}
