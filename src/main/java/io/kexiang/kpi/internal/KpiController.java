package io.kexiang.kpi.internal;

import io.kexiang.kpi.KpiFilter;
import io.kexiang.kpi.KpiPeriod;
import io.kexiang.kpi.Kpis;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/kpis}: every KPI for a period ({@code period=2026-11|2026-Q4|2026}, or {@code from}/{@code to}
 * days), narrowed by department, person, tier, circuit type or customer; one KPI cut by a dimension.
 */
@RestController
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
class KpiController {

    private final Kpis kpis;
    private final java.time.Clock clock;
    private final ZoneId zone;

    KpiController(Kpis kpis, java.time.Clock clock, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.kpis = kpis;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/api/v1/kpis/definitions")
    List<Kpis.Definition> definitions() {
        return kpis.definitions();
    }

    @GetMapping("/api/v1/kpis")
    List<Kpis.Figure> figures(@RequestParam(required = false) String period,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String department, @RequestParam(required = false) String person,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String circuitType,
            @RequestParam(required = false) String customer) {
        return kpis.figures(KpiPeriod.of(period, from, to, LocalDate.now(clock.withZone(zone))),
                new KpiFilter(department, person, tier, circuitType, customer));
    }

    @GetMapping("/api/v1/kpis/{code}/by/{by}")
    List<Kpis.Line> breakdown(@PathVariable String code, @PathVariable String by,
            @RequestParam(required = false) String period, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String department,
            @RequestParam(required = false) String person, @RequestParam(required = false) String tier,
            @RequestParam(required = false) String circuitType, @RequestParam(required = false) String customer) {
        return kpis.breakdown(code, by, KpiPeriod.of(period, from, to, LocalDate.now(clock.withZone(zone))),
                new KpiFilter(department, person, tier, circuitType, customer));
    }
}
