package io.kexiang.kpi.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kexiang.kpi}: the targets by KPI code (a share in per cent, hours, working days), how far below a share's
 * target is still amber (points), how far above a time's target is still amber (a fraction of it), the bounds of the
 * first-response distribution, the return-visit answers that count as satisfied, the availability each
 * customer tier is promised (per cent), and the freezing of settled months' availability.
 */
@ConfigurationProperties("kexiang.kpi")
record KpiSettings(Map<String, BigDecimal> targets, BigDecimal amberPoints, BigDecimal amberShare,
                   List<Duration> responseBuckets, List<String> satisfied,
                   Map<String, BigDecimal> availabilityTargets, Freezing availability) {

    /**
     * {@code kexiang.kpi.availability}: whether settled months are frozen, how long after a month's end it has
     * settled, how many months back the scan freezes.
     */
    record Freezing(Boolean freeze, Duration settle, Integer freezeMonths) {

        Freezing {
            freeze = freeze == null || freeze;
            settle = settle == null ? Duration.ofDays(3) : settle;
            freezeMonths = freezeMonths == null ? 24 : freezeMonths;
        }
    }

    static final Map<String, BigDecimal> DEFAULT_TARGETS = Map.ofEntries(
            Map.entry("fault-restoration-on-time", new BigDecimal("95")),
            Map.entry("first-response-on-time", new BigDecimal("98")),
            Map.entry("mttr", new BigDecimal("4")),
            Map.entry("return-visit-share", new BigDecimal("95")),
            Map.entry("return-visit-satisfaction", new BigDecimal("95")),
            Map.entry("resource-check-on-time", new BigDecimal("95")),
            Map.entry("service-opening-on-time", new BigDecimal("95")),
            Map.entry("service-opening-cycle", new BigDecimal("10")),
            Map.entry("response-work-completion", new BigDecimal("95")),
            Map.entry("availability", new BigDecimal("99.9")),
            Map.entry("report-delivery-on-time", new BigDecimal("95")),
            Map.entry("quarterly-report-on-time", new BigDecimal("100")));

    KpiSettings {
        Map<String, BigDecimal> merged = new java.util.HashMap<>(DEFAULT_TARGETS);
        if (targets != null) {
            merged.putAll(targets);
        }
        targets = Map.copyOf(merged);
        amberPoints = amberPoints == null ? new BigDecimal("5") : amberPoints;
        amberShare = amberShare == null ? new BigDecimal("0.2") : amberShare;
        responseBuckets = responseBuckets == null || responseBuckets.isEmpty()
                ? List.of(Duration.ofHours(2), Duration.ofHours(24), Duration.ofHours(48)) : List.copyOf(responseBuckets);
        satisfied = satisfied == null || satisfied.isEmpty() ? List.of("satisfied") : List.copyOf(satisfied);
        availabilityTargets = availabilityTargets == null || availabilityTargets.isEmpty()
                ? Map.of("AAA", new BigDecimal("99.99"), "AA", new BigDecimal("99.95"), "A", new BigDecimal("99.9"),
                        "B", new BigDecimal("99.5")) : Map.copyOf(availabilityTargets);
        availability = availability == null ? new Freezing(null, null, null) : availability;
    }
}
