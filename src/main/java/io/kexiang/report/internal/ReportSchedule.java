package io.kexiang.report.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.identity.Role;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.outbox.Notice;
import io.kexiang.outbox.Outbox;
import io.kexiang.process.WorkingCalendar;
import io.kexiang.report.ReportDeliveries.Delivery;
import io.kexiang.shared.CustomerCode;
import io.kexiang.ticket.MajorIncidents;
import io.kexiang.ticket.TicketFigures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the rows of the reports owed and reminds whoever owes them before the due time: a fault report for every
 * fault of a {@code fault-report-tiers} customer restored in the last week; an operation analysis report for every
 * {@code operation-report-tiers} customer with circuits in service, for the month just ended; the quarterly report
 * for the quarter just ended (its draft opened); the 应急事件总结 (its draft opened) of every major incident ended in the last week. Rows are owed once (kind and subject are unique), so the scan may run anywhere, often.
 */
@Component
class ReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);
    private static final Duration LOOK_BACK = Duration.ofDays(7);

    /** Who opened a draft the schedule opened. */
    static final String BY = "kexiang";

    private final DeliveryRows rows;
    private final TicketFigures tickets;
    private final MajorIncidents incidents;
    private final IncidentSummaryBook summaries;
    private final Drafts quarterlies;
    private final CustomerDirectory customers;
    private final PersonDirectory people;
    private final Outbox outbox;
    private final WorkingCalendar calendar;
    private final ReportSettings settings;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final TransactionTemplate transactions;

    ReportSchedule(DeliveryRows rows, TicketFigures tickets, MajorIncidents incidents, IncidentSummaryBook summaries,
            CustomerDirectory customers, PersonDirectory people,
            Outbox outbox, WorkingCalendar calendar, ReportSettings settings, Clock clock,
            PlatformTransactionManager transactionManager, JdbcTemplate jdbc, ObjectMapper json) {
        this.quarterlies = Drafts.quarterly(jdbc, json);
        this.transactions = new TransactionTemplate(transactionManager);
        this.rows = rows;
        this.tickets = tickets;
        this.incidents = incidents;
        this.summaries = summaries;
        this.customers = customers;
        this.people = people;
        this.outbox = outbox;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(calendar.zone());
    }

    @Scheduled(fixedDelayString = "${kexiang.reports.scan:5m}", initialDelayString = "${kexiang.reports.scan:5m}")
    void scan() {
        // Each in its own transaction: the reminders claim their rows (SKIP LOCKED) and mark them with the notice.
        transactions.executeWithoutResult(status -> owe(clock.instant()));
        transactions.executeWithoutResult(status -> remind(clock.instant()));
    }

    /** Owes every report due from what has happened by {@code now}. */
    void owe(Instant now) {
        ZoneId zone = calendar.zone();
        int owed = 0;
        // Up to and including now: a fault restored this instant is owed its report at once.
        for (TicketFigures.Restored restored : tickets.restored("fault", now.minus(LOOK_BACK), now.plusMillis(1))) {
            TicketFigures.TicketFacts ticket = restored.ticket();
            if (ticket.tier() != null && settings.faultReportTiers().contains(ticket.tier())) {
                owed += rows.owe("fault", ticket.number(), ticket.customerCode(), ticket.customerName(),
                        accountManager(ticket.customerCode()), YearMonth.from(restored.resolvedAt().atZone(zone))
                                .toString(), restored.resolvedAt().plus(settings.faultReportWithin()), now) ? 1 : 0;
            }
        }
        YearMonth month = YearMonth.from(now.atZone(zone)).minusMonths(1);
        Instant operationDue = endOfWorkingDay(YearMonth.from(now.atZone(zone)), settings.operationReportWorkingDay());
        Map<String, CustomerDirectory.ServedCircuit> important = new LinkedHashMap<>();
        for (CustomerDirectory.ServedCircuit circuit : customers.inService(null)) {
            if (settings.operationReportTiers().contains(circuit.tier())) {
                important.putIfAbsent(circuit.customerCode(), circuit);
            }
        }
        for (CustomerDirectory.ServedCircuit customer : important.values()) {
            owed += rows.owe("operation", customer.customerCode() + "/" + month, customer.customerCode(),
                    customer.customerName(), accountManager(customer.customerCode()), month.toString(), operationDue,
                    now) ? 1 : 0;
        }
        YearMonth lastQuarterMonth = YearMonth.from(now.atZone(zone)).minusMonths(3);
        String quarter = lastQuarterMonth.getYear() + "-Q" + ((lastQuarterMonth.getMonthValue() - 1) / 3 + 1);
        owed += rows.owe("quarterly", quarter, null, null, null, quarter, quarterlyDue(quarter), now) ? 1 : 0;
        quarterlies.open(quarter, BY, now);
        for (MajorIncidents.Incident incident : incidents.ended(now.minus(LOOK_BACK), now.plusMillis(1))) {
            owed += summaries.owe(incident, now) ? 1 : 0;
        }
        if (owed > 0) {
            log.info("{} report(s) newly owed", owed);
        }
    }

    /** Tells whoever owes a report due within {@code remind-before} (or overdue) once. */
    void remind(Instant now) {
        for (Delivery delivery : rows.toRemind(now.plus(settings.remindBefore()))) {
            List<PersonRef> told = delivery.accountManager() == null ? people.withRole(Role.DEPT_MANAGER)
                    : people.byEmployeeId(delivery.accountManager()).map(List::of).orElse(List.of());
            String what = switch (delivery.kind()) {
                case "fault" -> "故障 " + delivery.subject() + " 的故障报告";
                case "operation" -> delivery.customerName() + " " + delivery.period() + " 的运行分析报告";
                case "incident" -> "重大故障 " + delivery.subject() + " 的应急事件总结";
                default -> delivery.period() + " 季报";
            };
            for (PersonRef person : told) {
                outbox.notify(new Notice("report-delivery:" + delivery.id(), person.name(), person.email(),
                        person.mobile(), "【客响】报告提醒：" + what + "应于 " + time.format(delivery.dueAt()) + " 前提交",
                        "%s，您好：\n\n%s应于 %s 前提交，目前尚未提交。提交后请在客响“报表 · 应交报告”中登记。\n".formatted(
                                person.name(), what, time.format(delivery.dueAt())),
                        Map.of("kind", "report-reminder", "report", delivery.kind())));
            }
            rows.reminded(delivery.id(), now);
        }
    }

    /** A quarter's ({@code 2026-Q3}) report is due by the end of {@code quarterly-due-day} of the month after it. */
    Instant quarterlyDue(String quarter) {
        YearMonth after = YearMonth.of(Integer.parseInt(quarter.substring(0, 4)),
                Integer.parseInt(quarter.substring(6)) * 3).plusMonths(1);
        return after.atDay(Math.min(settings.quarterlyDueDay(), after.lengthOfMonth())).plusDays(1)
                .atStartOfDay(calendar.zone()).toInstant();
    }

    /** The end of the month's n-th working day (its next midnight), in the centre's zone. */
    Instant endOfWorkingDay(YearMonth month, int n) {
        LocalDate day = month.atDay(1);
        int seen = 0;
        while (true) {
            if (calendar.isWorkingDay(day) && ++seen == n) {
                return day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
            }
            day = day.plusDays(1);
        }
    }

    private String accountManager(String customerCode) {
        if (customerCode == null) {
            return null;
        }
        Optional<CircuitOwner> owner = customers.customer(CustomerCode.of(customerCode));
        return owner.map(found -> found.accountManager() == null ? null : found.accountManager().employeeId())
                .orElse(null);
    }
}
