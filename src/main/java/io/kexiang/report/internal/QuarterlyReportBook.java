package io.kexiang.report.internal;

import io.kexiang.complaint.ComplaintEscalations;
import io.kexiang.cutover.CutoverWindows;
import io.kexiang.identity.DepartmentAdmin;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.identity.Role;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.kpi.Availability;
import io.kexiang.kpi.KpiFilter;
import io.kexiang.kpi.KpiPeriod;
import io.kexiang.kpi.Kpis;
import io.kexiang.ordering.CircuitOrderLedgers;
import io.kexiang.qualification.ResourceCheckLedgers;
import io.kexiang.report.QuarterlyReports;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.ticket.TicketFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Computes a quarter's sections from the modules that keep them, beside what people wrote. */
@Component
@Transactional
class QuarterlyReportBook implements QuarterlyReports {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private final Drafts rows;
    private final DeliveryRows deliveries;
    private final ReportSchedule schedule;
    private final Kpis kpis;
    private final Availability availability;
    private final CustomerDirectory customers;
    private final PersonDirectory people;
    private final DepartmentAdmin departments;
    private final TicketFigures tickets;
    private final CutoverWindows cutovers;
    private final CircuitOrderLedgers orders;
    private final ResourceCheckLedgers checks;
    private final ComplaintEscalations complaints;
    private final QuarterlyReportDocument document;
    private final Clock clock;
    private final ZoneId zone;

    QuarterlyReportBook(JdbcTemplate jdbc, ObjectMapper json, DeliveryRows deliveries, ReportSchedule schedule, Kpis kpis,
            Availability availability, CustomerDirectory customers, PersonDirectory people,
            DepartmentAdmin departments, TicketFigures tickets, CutoverWindows cutovers, CircuitOrderLedgers orders,
            ResourceCheckLedgers checks, ComplaintEscalations complaints, QuarterlyReportDocument document,
            Clock clock, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.rows = Drafts.quarterly(jdbc, json);
        this.deliveries = deliveries;
        this.schedule = schedule;
        this.kpis = kpis;
        this.availability = availability;
        this.customers = customers;
        this.people = people;
        this.departments = departments;
        this.tickets = tickets;
        this.cutovers = cutovers;
        this.orders = orders;
        this.checks = checks;
        this.complaints = complaints;
        this.document = document;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    @Transactional(readOnly = true)
    public Report report(String quarter) {
        KpiPeriod period = period(quarter);
        Instant from = period.since(zone);
        Instant to = period.until(zone);
        Map<String, Long> byRole = new LinkedHashMap<>();
        Set<String> everyone = new HashSet<>();
        for (Role role : Role.values()) {
            if (role != Role.NMS_CLIENT) {
                List<PersonRef> holders = people.withRole(role);
                byRole.put(role.name(), (long) holders.size());
                holders.forEach(person -> everyone.add(person.employeeId()));
            }
        }
        Map<String, Long> byTier = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (CustomerDirectory.ServedCircuit circuit : customers.inService(null)) {
            byType.merge(circuit.type(), 1L, Long::sum);
            if (seen.add(circuit.customerCode())) {
                byTier.merge(circuit.tier(), 1L, Long::sum);
            }
        }
        Map<String, List<BigDecimal>> tierAvailability = new TreeMap<>();
        for (Availability.CustomerFigures customer : availability.customers(period, KpiFilter.NONE)) {
            tierAvailability.computeIfAbsent(customer.tier(), tier -> new ArrayList<>()).add(customer.availability());
        }
        Map<String, BigDecimal> availabilityByTier = new LinkedHashMap<>();
        tierAvailability.forEach((tier, values) -> availabilityByTier.put(tier, values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 3,
                        RoundingMode.HALF_UP)));
        List<Kpis.Figure> figures = kpis.figures(period, KpiFilter.NONE);
        List<Kpis.Item> lateFaults = figures.stream().filter(figure -> figure.definition().code()
                .equals("fault-restoration-on-time")).flatMap(figure -> figure.items().stream()).limit(10).toList();
        Drafts.Written written = rows.find(period.label()).orElse(Drafts.Written.NONE);
        Instant due = deliveries.find("quarterly", period.label()).map(delivery -> delivery.dueAt())
                .orElse(schedule.quarterlyDue(period.label()));
        return new Report(period.label(), from, to, everyone.size(), new Counts(byRole), departments.departments(),
                new Counts(byTier), new Counts(byType), availabilityByTier, figures,
                orders.completed(from, to).size(), checks.answered(from, to).size(),
                tickets.restored("fault", from, to).size(), tickets.opened("complaint", from, to).size(),
                cutovers.approved(from, to).stream().map(CutoverWindows.CircuitWindow::number).distinct().count(),
                complaints.raised(from, to), lateFaults, written.narrative(), written.extra(), written.state(),
                written.submittedAt(), written.submittedBy(), due);
    }

    @Override
    public Report save(String quarter, Map<String, String> narrative, String typicalCases, Authentication who) {
        KpiPeriod period = period(quarter);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> kept = Drafts.check(narrative, NARRATIVE, problems);
        if (typicalCases != null && typicalCases.length() > 1000) {
            problems.add(FieldProblem.of("typicalCaseNumbers", typicalCases.length(), Text.of("process.text", 1000)));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        if (!rows.save(period.label(), kept, typicalCases == null || typicalCases.isBlank() ? null
                : typicalCases.trim(), who.getName(), clock.instant())) {
            throw new ConflictException(Text.of("report.submittedAlready", period.label()));
        }
        return report(period.label());
    }

    @Override
    public Report submit(String quarter, Authentication who) {
        KpiPeriod period = period(quarter);
        Instant now = clock.instant();
        if (!rows.submit(period.label(), who.getName(), now)) {
            throw new ConflictException(Text.of("report.submittedAlready", period.label()));
        }
        deliveries.owe("quarterly", period.label(), null, null, null, period.label(),
                schedule.quarterlyDue(period.label()), now);
        deliveries.find("quarterly", period.label()).ifPresent(delivery -> deliveries.delivered(delivery.id(), now,
                who.getName(), "季报提交"));
        return report(period.label());
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

    private KpiPeriod period(String quarter) {
        if (quarter == null || quarter.isBlank()) {
            YearMonth lastMonthOfLast = YearMonth.now(clock.withZone(zone)).minusMonths(3);
            return KpiPeriod.quarter(lastMonthOfLast.getYear(), (lastMonthOfLast.getMonthValue() - 1) / 3 + 1);
        }
        Matcher matcher = QUARTER.matcher(quarter.trim());
        if (!matcher.matches()) {
            throw InvalidInputException.badRequest(FieldProblem.of("quarter", quarter, Text.of("report.quarter")));
        }
        return KpiPeriod.quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }
}
