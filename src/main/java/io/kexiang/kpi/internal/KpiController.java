package io.kexiang.kpi.internal;

import io.kexiang.kpi.KpiFilter;
import io.kexiang.kpi.KpiPeriod;
import io.kexiang.kpi.Kpis;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.util.ArrayList;
import org.springframework.http.ResponseEntity;
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

    /** Every item behind a KPI, latest first, {@code limit} (at most 1,000) from {@code offset}; the total in a header. */
    @GetMapping("/api/v1/kpis/{code}/items")
    ResponseEntity<List<Kpis.Item>> items(@PathVariable String code, @RequestParam(required = false) String period,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String department, @RequestParam(required = false) String person,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String circuitType,
            @RequestParam(required = false) String customer, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        List<FieldProblem> problems = new ArrayList<>();
        if (offset < 0) {
            problems.add(FieldProblem.of("offset", offset, Text.of("problem.range", 0, Integer.MAX_VALUE)));
        }
        if (limit < 1 || limit > 1000) {
            problems.add(FieldProblem.of("limit", limit, Text.of("problem.range", 1, 1000)));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        List<Kpis.Item> items = kpis.items(code, KpiPeriod.of(period, from, to, LocalDate.now(clock.withZone(zone))),
                new KpiFilter(department, person, tier, circuitType, customer))
                .orElseThrow(() -> new NotFoundException("kpi", code));
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(items.size()))
                .body(items.subList(Math.min(offset, items.size()), Math.min(offset + limit, items.size())));
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
