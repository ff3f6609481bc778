package io.kexiang.kpi.internal;

import io.kexiang.alarm.AlarmOutages;
import io.kexiang.cutover.CutoverWindows;
import io.kexiang.inventory.CustomerDirectory.ServedCircuit;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.kpi.Availability;
import io.kexiang.kpi.KpiFilter;
import io.kexiang.kpi.KpiPeriod;
import io.kexiang.kpi.internal.Intervals.Span;
import io.kexiang.ticket.TicketFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every circuit in service counts the whole period (one added or ceased in it too: the inventory keeps no dates of
 * service). An outage still open counts until now or the period's end. An outage split by a cutover window still
 * counts as one failure; one across a month's end, one in each month. Months frozen by {@link AvailabilityFreeze}
 * are read from their rollup.
 */
@Component
@Transactional(readOnly = true)
class AvailabilityBook implements Availability {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CustomerDirectory inventory;
    private final AlarmOutages alarms;
    private final CutoverWindows cutovers;
    private final TicketFigures tickets;
    private final KpiSettings settings;
    private final ZoneId zone;
    private final Clock clock;
    private final AvailabilityRollups rollups;

    AvailabilityBook(CustomerDirectory inventory, AlarmOutages alarms, CutoverWindows cutovers,
            TicketFigures tickets, KpiSettings settings, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone,
            Clock clock, AvailabilityRollups rollups) {
        this.rollups = rollups;
        this.inventory = inventory;
        this.alarms = alarms;
        this.cutovers = cutovers;
        this.tickets = tickets;
        this.settings = settings;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public List<CircuitFigures> circuits(KpiPeriod period, KpiFilter filter) {
        return circuits(period.since(zone), period.until(zone), filter);
    }

    List<CircuitFigures> circuits(Instant from, Instant to, KpiFilter filter) {
        Map<String, Counted> counted = counted(from, to, filter.customer());
        long minutes = Duration.between(from, to).toMinutes();
        List<CircuitFigures> figures = new ArrayList<>();
        for (ServedCircuit circuit : inventory.inService(filter.customer())) {
            if (matches(circuit, filter)) {
                Counted down = counted.getOrDefault(circuit.circuitId(), Counted.NONE);
                figures.add(figures(circuit, minutes, down.outageMinutes(), down.failures()));
            }
        }
        return figures;
    }

    /** Outage minutes and failures of a circuit in a period. */
    record Counted(long outageMinutes, int failures) {

        static final Counted NONE = new Counted(0, 0);

        Counted plus(Counted other) {
            return new Counted(outageMinutes + other.outageMinutes, failures + other.failures);
        }
    }

    /**
     * Each circuit's outage in [from, to), month by month in the centre's zone: a whole month that is frozen is read
     * from its rollup, the rest is counted from the alarms in one reading. An outage across a month's end is a
     * failure in each month it touches, counted either way.
     */
    Map<String, Counted> counted(Instant from, Instant to, String customer) {
        List<Instant> bounds = new ArrayList<>();
        bounds.add(from);
        YearMonth month = YearMonth.from(from.atZone(zone)).plusMonths(1);
        while (month.atDay(1).atStartOfDay(zone).toInstant().isBefore(to)) {
            bounds.add(month.atDay(1).atStartOfDay(zone).toInstant());
            month = month.plusMonths(1);
        }
        bounds.add(to);
        Map<String, Counted> counted = new HashMap<>();
        List<Instant> live = new ArrayList<>();
        Set<String> frozen = rollups.frozen(from, to);
        for (int piece = 0; piece + 1 < bounds.size(); piece++) {
            Instant start = bounds.get(piece);
            YearMonth of = YearMonth.from(start.atZone(zone));
            boolean whole = start.equals(of.atDay(1).atStartOfDay(zone).toInstant())
                    && bounds.get(piece + 1).equals(of.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            if (whole && frozen.contains(of.toString())) {
                rollups.read(of.toString()).forEach((circuit, down) -> counted.merge(circuit, down,
                        Counted::plus));
            } else {
                live.add(start);
                live.add(bounds.get(piece + 1));
            }
        }
        if (!live.isEmpty()) {
            live(live, customer).forEach((circuit, down) -> counted.merge(circuit, down, Counted::plus));
        }
        return counted;
    }

    /**
     * Counts from the alarms, the approved cutover windows and the customers' waits the pieces {@code [p0, p1),
     * [p2, p3) …} (in time order), read once for the span they cover.
     */
    Map<String, Counted> live(List<Instant> pieces, String customer) {
        Instant from = pieces.get(0);
        Instant to = pieces.get(pieces.size() - 1);
        Instant now = clock.instant();
        Instant end = to.isAfter(now) && from.isBefore(now) ? now : to;
        Map<String, List<Span>> outages = new HashMap<>();
        for (AlarmOutages.Outage outage : alarms.outages(from, to, customer)) {
            outages.computeIfAbsent(outage.circuitId(), id -> new ArrayList<>()).add(new Span(outage.from(),
                    outage.to() == null ? end : outage.to()));
        }
        Map<String, List<Span>> excluded = new HashMap<>();
        for (CutoverWindows.CircuitWindow window : cutovers.approved(from, to)) {
            excluded.computeIfAbsent(window.circuitId(), id -> new ArrayList<>()).add(new Span(window.start(),
                    window.end()));
        }
        for (TicketFigures.CustomerWait wait : tickets.customerWaits(from, to)) {
            for (String circuit : wait.circuits()) {
                excluded.computeIfAbsent(circuit, id -> new ArrayList<>()).add(new Span(wait.from(),
                        wait.to() == null ? end : wait.to()));
            }
        }
        Map<String, Counted> counted = new HashMap<>();
        outages.forEach((circuit, spans) -> {
            List<Span> merged = Intervals.merge(spans);
            List<Span> cuts = excluded.getOrDefault(circuit, List.of());
            long outageMinutes = 0;
            int failures = 0;
            for (int piece = 0; piece + 1 < pieces.size(); piece += 2) {
                for (Span outage : Intervals.clip(merged, pieces.get(piece), pieces.get(piece + 1))) {
                    long minutes = Intervals.total(Intervals.minus(List.of(outage), cuts)).toMinutes();
                    if (minutes > 0) {
                        outageMinutes += minutes;
                        failures++;
                    }
                }
            }
            if (failures > 0) {
                counted.put(circuit, new Counted(outageMinutes, failures));
            }
        });
        return counted;
    }

    @Override
    public List<CustomerFigures> customers(KpiPeriod period, KpiFilter filter) {
        Map<String, List<CircuitFigures>> byCustomer = new LinkedHashMap<>();
        for (CircuitFigures circuit : circuits(period, filter)) {
            byCustomer.computeIfAbsent(circuit.customerCode(), code -> new ArrayList<>()).add(circuit);
        }
        List<CustomerFigures> customers = new ArrayList<>();
        byCustomer.forEach((code, circuits) -> {
            CircuitFigures first = circuits.get(0);
            long minutes = circuits.stream().mapToLong(CircuitFigures::periodMinutes).sum();
            long down = circuits.stream().mapToLong(CircuitFigures::outageMinutes).sum();
            int failures = circuits.stream().mapToInt(CircuitFigures::failures).sum();
            BigDecimal availability = availability(minutes, down);
            BigDecimal target = target(first.tier());
            customers.add(new CustomerFigures(code, first.customerName(), first.tier(), circuits.size(), minutes,
                    down, failures, availability, mtbf(minutes - down, failures), target,
                    target == null || availability.compareTo(target) >= 0,
                    circuits.stream().filter(circuit -> !circuit.met()).toList()));
        });
        return customers;
    }

    private CircuitFigures figures(ServedCircuit circuit, long minutes, long down, int failures) {
        BigDecimal availability = availability(minutes, down);
        BigDecimal target = target(circuit.tier());
        return new CircuitFigures(circuit.circuitId(), circuit.type(), circuit.customerCode(),
                circuit.customerName(), circuit.tier(), minutes, down, failures, availability,
                mtbf(minutes - down, failures), target, target == null || availability.compareTo(target) >= 0);
    }

    /** In per cent, to three decimals: 99.99 % and 99.995 % are different promises. */
    static BigDecimal availability(long minutes, long down) {
        return minutes == 0 ? HUNDRED : BigDecimal.valueOf(minutes - down).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(minutes), 3, RoundingMode.HALF_UP);
    }

    private static BigDecimal mtbf(long minutesInService, int failures) {
        return failures == 0 ? null : BigDecimal.valueOf(minutesInService)
                .divide(BigDecimal.valueOf(60L * failures), 1, RoundingMode.HALF_UP);
    }

    private BigDecimal target(String tier) {
        return tier == null ? null : settings.availabilityTargets().get(tier);
    }

    private static boolean matches(ServedCircuit circuit, KpiFilter filter) {
        return (filter.tier() == null || filter.tier().equals(circuit.tier()))
                && (filter.circuitType() == null || filter.circuitType().equals(circuit.type()))
                && filter.department() == null && filter.person() == null;
    }
}
