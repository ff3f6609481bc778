package io.kexiang.console.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.kpi.Availability;
import io.kexiang.kpi.KpiFilter;
import io.kexiang.kpi.KpiPeriod;
import io.kexiang.kpi.Kpis;
import io.kexiang.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 考核: the managers' dashboard — every KPI as a tile against its target, the main ones by department and by
 * engineer, and the AAA/AA customers' availability month by month as a heat map — and one KPI's page: its trend
 * over twelve months, its cuts, and the items behind it. Every figure links to what is behind it.
 */
@Controller
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
class KpiPagesController {

    /** The most lines of a cut a page shows. */
    static final int CUT_ROWS = 50;

    /** States from worst to best; a line without one (no target) last. */
    private static final List<String> STATES = List.of("red", "amber", "green");

    /** The figures the dashboard cuts by department and engineer. */
    private static final List<String> BY_PEOPLE = List.of("fault-restoration-on-time", "first-response-on-time",
            "response-work-completion");
    private static final int HEAT_MAP_MONTHS = 6;
    private static final List<String> HEAT_MAP_TIERS = List.of("AAA", "AA");

    private final Kpis kpis;
    private final Availability availability;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;

    KpiPagesController(Kpis kpis, Availability availability, ObjectMapper json, Clock clock,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.kpis = kpis;
        this.availability = availability;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/kpis")
    String dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String tier,
            @RequestParam(required = false) String circuitType, @RequestParam(required = false) String customer,
            Model model) {
        KpiPeriod days = KpiPeriod.of(period, null, null, today());
        KpiFilter filter = new KpiFilter(null, null, blank(tier), blank(circuitType), blank(customer));
        model.addAttribute("period", days);
        model.addAttribute("filter", filter);
        List<Kpis.Figure> figures = kpis.figures(days, filter);
        model.addAttribute("figures", figures);
        Map<String, Kpis.Figure> byCode = new LinkedHashMap<>();
        figures.forEach(figure -> byCode.put(figure.definition().code(), figure));
        model.addAttribute("byCode", byCode);
        Map<String, Map<String, List<Kpis.Line>>> cuts = new LinkedHashMap<>();
        for (String code : BY_PEOPLE) {
            cuts.put(code, shown(kpis.breakdowns(code, List.of("department", "person"), days, filter)));
        }
        model.addAttribute("cuts", cuts);
        return "kpis/dashboard";
    }

    /**
     * The AAA/AA availability heat map of the six months up to the period's last, fetched by the dashboard once
     * shown: six months of every customer's circuits need not hold up the figures.
     */
    @GetMapping("/kpis/heat-map")
    String heatMap(@RequestParam(required = false) String period, @RequestParam(required = false) String tier,
            @RequestParam(required = false) String circuitType, @RequestParam(required = false) String customer,
            Model model) {
        KpiPeriod days = KpiPeriod.of(period, null, null, today());
        model.addAttribute("heatMap", heatMap(YearMonth.from(days.last()), new KpiFilter(null, null, blank(tier),
                blank(circuitType), blank(customer))));
        return "kpis/dashboard :: heatMap";
    }

    /** A KPI page's query: the period and what it is narrowed to (request parameters of the same names). */
    record Narrowed(String period, String department, String person, String tier, String circuitType,
                    String customer) {

        KpiFilter filter() {
            return new KpiFilter(blank(department), blank(person), blank(tier), blank(circuitType), blank(customer));
        }
    }

    @GetMapping("/kpis/{code}")
    String kpi(@PathVariable String code, Narrowed asked, Model model) {
        KpiPeriod days = KpiPeriod.of(asked.period(), null, null, today());
        KpiFilter filter = asked.filter();
        Kpis.Figure figure = figure(code, days, filter);
        model.addAttribute("period", days);
        model.addAttribute("filter", filter);
        model.addAttribute("figure", figure);
        model.addAttribute("cuts", shown(kpis.breakdowns(code, List.of("department", "person", "tier", "circuitType",
                "customer"), days, filter)));
        return "kpis/kpi";
    }

    /**
     * A KPI's twelve months up to the period's last, fetched by its page once shown: a year of facts takes longer
     * to read than the page itself, which need not wait for it.
     */
    @GetMapping("/kpis/{code}/trend")
    String trend(@PathVariable String code, Narrowed asked, Model model) {
        KpiPeriod days = KpiPeriod.of(asked.period(), null, null, today());
        KpiFilter filter = asked.filter();
        Kpis.Definition definition = kpis.definitions().stream().filter(candidate -> candidate.code().equals(code))
                .findFirst().orElseThrow(() -> new NotFoundException("kpi", code));
        YearMonth last = YearMonth.from(days.last());
        KpiPeriod year = new KpiPeriod("12", last.minusMonths(11).atDay(1), last.atEndOfMonth());
        List<Kpis.Line> trend = kpis.breakdowns(code, List.of("month"), year, filter).get("month");
        model.addAttribute("trend", write(Map.of("months", trend.stream().map(Kpis.Line::key).toList(),
                "values", trend.stream().map(Kpis.Line::value).toList(),
                "target", definition.target() == null ? "" : definition.target(),
                "name", definition.name())));
        return "kpis/kpi :: trend";
    }

    private Kpis.Figure figure(String code, KpiPeriod days, KpiFilter filter) {
        return kpis.figure(code, days, filter).orElseThrow(() -> new NotFoundException("kpi", code));
    }

    /**
     * A page shows at most {@link #CUT_ROWS} lines of a cut (a year's customers are thousands), the red ones first,
     * then amber: the worst are what a manager looks for. The API gives every line.
     */
    static Map<String, List<Kpis.Line>> shown(Map<String, List<Kpis.Line>> cuts) {
        Map<String, List<Kpis.Line>> shown = new LinkedHashMap<>();
        cuts.forEach((dimension, lines) -> shown.put(dimension, lines.size() <= CUT_ROWS ? lines
                : lines.stream().sorted(Comparator.comparingInt(KpiPagesController::rank))
                        .limit(CUT_ROWS).toList()));
        return shown;
    }

    private static int rank(Kpis.Line line) {
        int rank = STATES.indexOf(line.state());
        return rank < 0 ? STATES.size() : rank;
    }

    /** The AAA and AA customers, their availability in each of the last months, against their tier's target. */
    private Map<String, Object> heatMap(YearMonth current, KpiFilter filter) {
        List<String> months = new ArrayList<>();
        Map<String, Map<String, Availability.CustomerFigures>> rows = new LinkedHashMap<>();
        for (int back = HEAT_MAP_MONTHS - 1; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            months.add(month.toString());
            // One reading of the month for every customer; the AAA and AA ones (or the tier asked for) are kept.
            for (Availability.CustomerFigures customer : availability.customers(KpiPeriod.month(month), filter)) {
                if (HEAT_MAP_TIERS.contains(customer.tier())) {
                    rows.computeIfAbsent(customer.customerCode(), code -> new LinkedHashMap<>())
                            .put(month.toString(), customer);
                }
            }
        }
        return Map.of("months", months, "rows", rows);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
