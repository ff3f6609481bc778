package io.kexiang.report.internal;

import io.kexiang.cutover.CutoverWindows;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.kpi.Availability;
import io.kexiang.kpi.KpiFilter;
import io.kexiang.kpi.KpiPeriod;
import io.kexiang.report.OperationReports;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.ticket.TicketFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a customer's month from the modules that keep it: availability (kpi), faults and open tickets (ticket),
 * cutover windows (cutover). The trend reads twelve months of availability, one month at a time, and the faults of
 * the twelve months at once.
 */
@Component
@Transactional(readOnly = true)
class OperationReportBook implements OperationReports {

    static final int TREND_MONTHS = 12;

    private final Availability availability;
    private final TicketFigures tickets;
    private final CutoverWindows cutovers;
    private final CustomerDirectory customers;
    private final OperationReportDocument document;
    private final Clock clock;
    private final ZoneId zone;

    OperationReportBook(Availability availability, TicketFigures tickets, CutoverWindows cutovers,
            CustomerDirectory customers, OperationReportDocument document, Clock clock,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.availability = availability;
        this.tickets = tickets;
        this.cutovers = cutovers;
        this.customers = customers;
        this.document = document;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Report report(String customerCode, String month, Authentication viewer) {
        List<FieldProblem> problems = new ArrayList<>();
        CircuitOwner customer = customerCode == null || customerCode.isBlank() ? null
                : customers.customerSeenBy(CustomerCode.of(customerCode), viewer).orElse(null);
        if (customer == null) {
            problems.add(FieldProblem.of("customer", customerCode, Text.noSuch("customer")));
        }
        YearMonth reported = month(month, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        String code = customer.customerCode().value();
        KpiPeriod period = KpiPeriod.month(reported);
        KpiFilter filter = new KpiFilter(null, null, null, null, code);
        Instant from = period.since(zone);
        Instant to = period.until(zone);
        List<Availability.CircuitFigures> circuits = availability.circuits(period, filter);
        Availability.CustomerFigures whole = availability.customers(period, filter).stream().findFirst()
                .orElse(null);
        List<Fault> faults = tickets.restored("fault", from, to).stream()
                .filter(restored -> code.equals(restored.ticket().customerCode())).map(this::fault).toList();
        BigDecimal mttr = faults.isEmpty() ? null : BigDecimal.valueOf(faults.stream().mapToLong(Fault::minutes)
                .sum()).divide(BigDecimal.valueOf(60L * faults.size()), 1, RoundingMode.HALF_UP);
        Set<String> circuitIds = circuits.stream().map(Availability.CircuitFigures::circuitId)
                .collect(Collectors.toSet());
        return new Report(code, customer.customerName(), customer.tier() == null ? null : customer.tier().name(),
                customer.accountManager() == null ? null : customer.accountManager().name(), reported, whole,
                circuits, faults, mttr, cutovers(from, to, circuitIds), openIssues(code),
                trend(reported, filter, code), clock.instant());
    }

    @Override
    public Map<String, Object> documentModel(Report report, Locale language) {
        return document.model(report, language);
    }

    @Override
    public String xhtml(Report report, Locale language) {
        return document.xhtml(report, language);
    }

    @Override
    public byte[] pdf(Report report, Locale language) {
        return document.pdf(report, language);
    }

    @Override
    public byte[] workbook(Report report, Locale language) {
        return document.workbook(report, language);
    }

    private Fault fault(TicketFigures.Restored restored) {
        long minutes = Duration.between(restored.ticket().created(), restored.resolvedAt())
                .minusSeconds(restored.pausedSeconds()).toMinutes();
        return new Fault(restored.ticket().number(), String.join("、", restored.ticket().circuits()),
                restored.ticket().created(), restored.resolvedAt(), minutes,
                restored.faultReasonName() != null ? restored.faultReasonName() : restored.faultReason(),
                !restored.resolvedAt().isAfter(restored.restorationDue()));
    }

    private List<Cutover> cutovers(Instant from, Instant to, Set<String> circuitIds) {
        Map<String, List<CutoverWindows.CircuitWindow>> byPlan = new LinkedHashMap<>();
        for (CutoverWindows.CircuitWindow window : cutovers.approved(from, to)) {
            if (circuitIds.contains(window.circuitId())) {
                byPlan.computeIfAbsent(window.number(), number -> new ArrayList<>()).add(window);
            }
        }
        return byPlan.values().stream().map(windows -> new Cutover(windows.get(0).number(), windows.get(0).title(),
                windows.get(0).start(), windows.get(0).end(), String.join("、", new TreeSet<>(windows.stream()
                        .map(CutoverWindows.CircuitWindow::circuitId).toList())))).sorted((a, b) -> a.start()
                .compareTo(b.start())).toList();
    }

    private List<OpenIssue> openIssues(String code) {
        return tickets.open(code).stream().map(open -> new OpenIssue(open.ticket().number(), open.ticket().type(),
                open.status(), open.ticket().created(), open.restorationDue())).toList();
    }

    private List<Month> trend(YearMonth last, KpiFilter filter, String code) {
        YearMonth first = last.minusMonths(TREND_MONTHS - 1);
        Map<String, Long> faults = tickets.restored("fault", KpiPeriod.month(first).since(zone),
                KpiPeriod.month(last).until(zone)).stream().filter(restored -> code.equals(
                        restored.ticket().customerCode()))
                .collect(Collectors.groupingBy(restored -> YearMonth.from(restored.resolvedAt().atZone(zone))
                        .toString(), Collectors.counting()));
        List<Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Availability.CustomerFigures figures = availability.customers(KpiPeriod.month(month), filter).stream()
                    .findFirst().orElse(null);
            months.add(new Month(month.toString(), figures == null ? null : figures.availability(),
                    faults.getOrDefault(month.toString(), 0L), figures == null ? 0 : figures.outageMinutes()));
        }
        return months;
    }

    /** {@code 2026-11}; none: the last whole month. */
    private YearMonth month(String month, List<FieldProblem> problems) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(clock.withZone(zone)).minusMonths(1);
        }
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("month", month, Text.of("report.monthFormat")));
            return null;
        }
    }
}
