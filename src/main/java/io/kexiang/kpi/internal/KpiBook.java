package io.kexiang.kpi.internal;

import io.kexiang.kpi.KpiFact;
import io.kexiang.kpi.KpiFactSource;
import io.kexiang.kpi.KpiFilter;
import io.kexiang.kpi.KpiPeriod;
import io.kexiang.kpi.Kpis;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds the facts up: a share is met / counted in per cent, a mean the average of the measures, a count how many;
 * each against its target (green when met; amber within {@code kexiang.kpi.amber-points} below a share's target or
 * {@code amber-share} above a time's; red beyond). The late items of a figure are its facts that missed, latest
 * first.
 */
@Component
@Transactional(readOnly = true)
class KpiBook implements Kpis {

    /** The request attribute that keeps the facts read in a request. */
    private static final String READ = KpiBook.class.getName() + ".read";

    static final List<String> DIMENSIONS = List.of("department", "person", "tier", "circuitType", "customer", "month");

    private final List<KpiFactSource> sources;
    private final KpiSettings settings;
    private final Texts texts;
    private final ZoneId zone;

    KpiBook(List<KpiFactSource> sources, KpiSettings settings, Texts texts,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.sources = sources;
        this.settings = settings;
        this.texts = texts;
        this.zone = zone;
    }

    @Override
    public List<Definition> definitions() {
        Locale locale = LocaleContextHolder.getLocale();
        return KpiCatalog.ALL.stream().map(kind -> definition(kind, locale)).toList();
    }

    @Override
    public List<Figure> figures(KpiPeriod period, KpiFilter filter) {
        Map<String, List<KpiFact>> byKpi = facts(period, filter, null).stream()
                .collect(Collectors.groupingBy(KpiFact::kpi, LinkedHashMap::new, Collectors.toList()));
        Locale locale = LocaleContextHolder.getLocale();
        return KpiCatalog.ALL.stream().map(kind -> figure(kind, definition(kind, locale),
                byKpi.getOrDefault(kind.code(), List.of()))).toList();
    }

    @Override
    public Optional<Figure> figure(String code, KpiPeriod period, KpiFilter filter) {
        return KpiCatalog.find(code).map(kind -> figure(kind, definition(kind, LocaleContextHolder.getLocale()),
                facts(period, filter, code).stream().filter(fact -> fact.kpi().equals(code)).toList()));
    }

    @Override
    public Optional<List<Item>> items(String code, KpiPeriod period, KpiFilter filter) {
        return KpiCatalog.find(code).map(kind -> late(facts(period, filter, code).stream()
                .filter(fact -> fact.kpi().equals(code)).toList()));
    }

    @Override
    public List<Line> breakdown(String code, String by, KpiPeriod period, KpiFilter filter) {
        return breakdowns(code, List.of(by), period, filter).get(by);
    }

    @Override
    public Map<String, List<Line>> breakdowns(String code, List<String> by, KpiPeriod period, KpiFilter filter) {
        List<FieldProblem> problems = new ArrayList<>();
        KpiCatalog.Kind kind = KpiCatalog.find(code).orElse(null);
        if (kind == null) {
            problems.add(FieldProblem.of("kpi", code, Text.oneOf(KpiCatalog.ALL.stream()
                    .map(KpiCatalog.Kind::code).toList())));
        }
        by.stream().filter(dimension -> !DIMENSIONS.contains(dimension)).forEach(dimension -> problems.add(
                FieldProblem.of("by", dimension, Text.oneOf(DIMENSIONS))));
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        Map<String, List<Line>> cuts = new LinkedHashMap<>();
        List<String> dimensions = by.stream().filter(dimension -> !dimension.equals("month")).toList();
        if (!dimensions.isEmpty()) {
            List<KpiFact> facts = facts(period, filter, code).stream().filter(fact -> fact.kpi().equals(code))
                    .toList();
            for (String dimension : dimensions) {
                Map<String, List<KpiFact>> cut = new TreeMap<>();
                for (KpiFact fact : facts) {
                    fact.dimensions().keys(dimension).forEach(key -> cut.computeIfAbsent(key,
                            k -> new ArrayList<>()).add(fact));
                }
                cuts.put(dimension, lines(kind, cut));
            }
        }
        if (by.contains("month")) {
            // Things that happened are read once for the whole span and put in the month they count in; what
            // describes a period (a circuit's availability) is read month by month: a month's, not the whole's.
            Map<String, List<KpiFact>> cut = new TreeMap<>();
            for (YearMonth month = YearMonth.from(period.first()); !month.isAfter(YearMonth.from(period.last()));
                    month = month.plusMonths(1)) {
                cut.put(month.toString(), new ArrayList<>());
            }
            for (KpiFact fact : facts(period, filter, code, false)) {
                if (fact.kpi().equals(code) && cut.containsKey(fact.month())) {
                    cut.get(fact.month()).add(fact);
                }
            }
            for (String month : cut.keySet()) {
                facts(KpiPeriod.month(YearMonth.parse(month)), filter, code, true).stream()
                        .filter(fact -> fact.kpi().equals(code)).forEach(cut.get(month)::add);
            }
            cuts.put("month", lines(kind, cut));
        }
        return cuts;
    }

    private List<Line> lines(KpiCatalog.Kind kind, Map<String, List<KpiFact>> cut) {
        BigDecimal target = settings.targets().get(kind.code());
        return cut.entrySet().stream().map(entry -> {
            Sums sums = Sums.of(entry.getValue(), kind.sum());
            return new Line(entry.getKey(), sums.value(), sums.met(), sums.counted(), state(kind, sums.value(),
                    target));
        }).toList();
    }

    /** The facts of the sources that feed {@code code} (null: of every source), narrowed by the filter. */
    private List<KpiFact> facts(KpiPeriod period, KpiFilter filter, String code) {
        return facts(period, filter, code, null);
    }

    /** … of those sources whose facts describe the period or not ({@code describesPeriod}; null: either). */
    private List<KpiFact> facts(KpiPeriod period, KpiFilter filter, String code, Boolean describesPeriod) {
        List<KpiFactSource> wanted = sources.stream().filter(source -> (code == null || source.kpis().contains(code))
                && (describesPeriod == null || source.describesPeriod() == describesPeriod)).toList();
        List<KpiFact> facts = new ArrayList<>();
        for (List<KpiFact> read : read(wanted, period.since(zone), period.until(zone))) {
            for (KpiFact fact : read) {
                if (fact.dimensions().matches(filter)) {
                    facts.add(fact);
                }
            }
        }
        return facts;
    }

    /**
     * The sources' facts, each source read once per web request: a page asks for the same period's facts several
     * times (the figures, then each cut), and a quarter's reading is most of a second at a year's size.
     */
    @SuppressWarnings("unchecked")
    private static List<List<KpiFact>> read(List<KpiFactSource> wanted, Instant from, Instant to) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Map<String, List<KpiFact>> read = request == null ? null
                : (Map<String, List<KpiFact>>) request.getAttribute(READ, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = new HashMap<>();
            if (request != null) {
                request.setAttribute(READ, read, RequestAttributes.SCOPE_REQUEST);
            }
        }
        List<List<KpiFact>> facts = new ArrayList<>();
        for (KpiFactSource source : wanted) {
            facts.add(read.computeIfAbsent(source.getClass().getName() + " " + from + " " + to,
                    key -> source.facts(from, to)));
        }
        return facts;
    }

    private Figure figure(KpiCatalog.Kind kind, Definition definition, List<KpiFact> facts) {
        Sums sums = Sums.of(facts, kind.sum());
        List<Item> late = late(facts);
        return new Figure(definition, sums.value(), sums.met(), sums.counted(),
                state(kind, sums.value(), definition.target()), late.subList(0, Math.min(ITEMS, late.size())),
                late.size(), detail(kind, facts));
    }

    /** The items behind the facts, latest first. */
    private static List<Item> late(List<KpiFact> facts) {
        return facts.stream().filter(fact -> fact.missed() != null).map(KpiFact::missed)
                .sorted(Comparator.comparingLong(Item::lateMinutes).reversed()).toList();
    }

    /** What a KPI shows beyond its value. */
    private Map<String, Object> detail(KpiCatalog.Kind kind, List<KpiFact> facts) {
        Map<String, Object> detail = new LinkedHashMap<>();
        switch (kind.code()) {
            case "first-response-on-time" -> detail.put("distribution", distribution(facts));
            case "report-delivery-on-time" -> detail.put("byKind", facts.stream().collect(Collectors.groupingBy(
                    fact -> fact.group() == null ? "" : fact.group(), TreeMap::new, Collectors.collectingAndThen(
                            Collectors.toList(), kindFacts -> Sums.of(kindFacts, KpiCatalog.Sum.SHARE)))));
            case "service-opening-cycle", "mttr" -> {
                List<BigDecimal> measures = facts.stream().map(KpiFact::measure).filter(m -> m != null).sorted()
                        .toList();
                detail.put("median", percentile(measures, 50));
                detail.put("p90", percentile(measures, 90));
            }
            case "complaints" -> detail.put("byMonth", facts.stream().collect(Collectors.groupingBy(KpiFact::month,
                    TreeMap::new, Collectors.counting())));
            default -> { }
        }
        return detail;
    }

    /**
     * First responses by priority: how many within each bound ({@code kexiang.kpi.response-buckets}, 2 h, 24 h,
     * 48 h by default: each bound counts those within it), later, and never given.
     */
    private Map<String, Map<String, Long>> distribution(List<KpiFact> facts) {
        Map<String, Map<String, Long>> byPriority = new TreeMap<>();
        for (KpiFact fact : facts) {
            Map<String, Long> counts = byPriority.computeIfAbsent(fact.group() == null ? "" : fact.group(), p -> {
                Map<String, Long> zero = new LinkedHashMap<>();
                settings.responseBuckets().forEach(bound -> zero.put("within" + bound.toString().substring(2), 0L));
                zero.put("later", 0L);
                zero.put("never", 0L);
                zero.put("counted", 0L);
                return zero;
            });
            counts.merge("counted", 1L, Long::sum);
            if (fact.measure() == null) {
                counts.merge("never", 1L, Long::sum);
                continue;
            }
            boolean within = false;
            for (Duration bound : settings.responseBuckets()) {
                if (fact.measure().compareTo(TicketSource.hours(bound)) <= 0) {
                    counts.merge("within" + bound.toString().substring(2), 1L, Long::sum);
                    within = true;
                }
            }
            if (!within) {
                counts.merge("later", 1L, Long::sum);
            }
        }
        return byPriority;
    }

    /** Nearest-rank percentile of sorted measures, null when there are none. */
    static BigDecimal percentile(List<BigDecimal> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)).setScale(1, RoundingMode.HALF_UP);
    }

    private String state(KpiCatalog.Kind kind, BigDecimal value, BigDecimal target) {
        if (value == null || target == null) {
            return "none";
        }
        if (kind.higherIsBetter()) {
            return value.compareTo(target) >= 0 ? "green"
                    : value.compareTo(target.subtract(settings.amberPoints())) >= 0 ? "amber" : "red";
        }
        return value.compareTo(target) <= 0 ? "green"
                : value.compareTo(target.multiply(BigDecimal.ONE.add(settings.amberShare()))) <= 0 ? "amber" : "red";
    }

    private Definition definition(KpiCatalog.Kind kind, Locale locale) {
        return new Definition(kind.code(), texts.say(Text.of("kpi." + kind.code()), locale),
                texts.say(Text.of("kpi." + kind.code() + ".formula"), locale), kind.unit(), kind.higherIsBetter(),
                settings.targets().get(kind.code()));
    }

    /** A figure's sums: met, counted, and the value they make. */
    record Sums(long met, long counted, BigDecimal value) {

        /** Availability keeps three decimals (99.99 % and 99.995 % differ); hours and days one. */
        private static int scale(List<KpiFact> facts) {
            return facts.stream().anyMatch(fact -> fact.kpi().equals("availability")) ? 3 : 1;
        }

        static Sums of(List<KpiFact> facts, KpiCatalog.Sum sum) {
            long met = facts.stream().filter(KpiFact::met).count();
            return switch (sum) {
                case SHARE -> new Sums(met, facts.size(), facts.isEmpty() ? null
                        : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(facts.size()), 1,
                                RoundingMode.HALF_UP));
                case MEAN -> {
                    // met: those measured that met their own mark (a circuit its tier's availability).
                    List<BigDecimal> measures = facts.stream().map(KpiFact::measure).filter(m -> m != null).toList();
                    long measuredMet = facts.stream().filter(f -> f.measure() != null && f.met()).count();
                    yield new Sums(measuredMet, measures.size(), measures.isEmpty() ? null
                            : measures.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                                    .divide(BigDecimal.valueOf(measures.size()), scale(facts), RoundingMode.HALF_UP));
                }
                case COUNT -> new Sums(facts.size(), facts.size(), BigDecimal.valueOf(facts.size()));
            };
        }
    }
}
