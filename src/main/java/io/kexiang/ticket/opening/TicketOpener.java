package io.kexiang.ticket.opening;

import io.kexiang.alarm.AlarmLookup;
import io.kexiang.alarm.AlarmSummary;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.TicketId;
import io.kexiang.ticket.TicketOpened;
import io.kexiang.ticket.store.NewTicket;
import io.kexiang.ticket.store.SlaPolicy;
import io.kexiang.ticket.store.TicketRows;
import io.kexiang.ticket.store.TicketSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens tickets for the candidates whose hold-off is over, from the database ({@code FOR UPDATE SKIP LOCKED}, so
 * that several instances share the work and none does a candidate twice). An alarm already cleared opens nothing;
 * an alarm of a fault, or on a circuit, that has an open ticket of its customer joins that ticket; otherwise one
 * ticket per customer it hits.
 */
@Component
@EnableConfigurationProperties(TicketSettings.class)
class TicketOpener {

    private static final Logger log = LoggerFactory.getLogger(TicketOpener.class);
    private static final String PIPELINE = "kexiang";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AlarmLookup alarms;
    private final TicketRows rows;
    private final SlaPolicy sla;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;

    TicketOpener(JdbcTemplate jdbc, TransactionTemplate transactions, AlarmLookup alarms, TicketRows rows,
            TicketSettings settings, ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.alarms = alarms;
        this.rows = rows;
        this.sla = settings.sla();
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${kexiang.ticket.scan-interval:1s}")
    void scan() {
        Integer done;
        do {
            done = transactions.execute(status -> openDue(100));
        } while (done != null && done == 100);
    }

    private int openDue(int limit) {
        Instant now = clock.instant();
        List<Long> due = jdbc.queryForList("""
                delete from ticket_candidate where alarm_id in (
                    select alarm_id from ticket_candidate where due_at <= ? order by due_at limit ?
                    for update skip locked)
                returning alarm_id""", Long.class, Timestamp.from(now), limit);
        for (Long alarmId : due) {
            alarms.find(AlarmId.of(alarmId)).ifPresent(alarm -> open(alarm, now));
        }
        return due.size();
    }

    private void open(AlarmSummary alarm, Instant now) {
        if (alarm.isCleared()) {
            meters.counter("kexiang.ticket.candidates", "outcome", "cleared_in_hold_off").increment();
            return;
        }
        Map<CustomerCode, List<AlarmSummary.Hit>> byCustomer = alarm.circuits().stream().collect(
                Collectors.groupingBy(AlarmSummary.Hit::customerCode, LinkedHashMap::new, Collectors.toList()));
        byCustomer.forEach((customer, hits) -> openOrJoin(alarm, customer.value(), hits, now));
    }

    private void openOrJoin(AlarmSummary alarm, String customer, List<AlarmSummary.Hit> hits, Instant now) {
        rows.lockCustomer(customer);
        List<String> circuits = hits.stream().map(hit -> hit.circuitId().value()).toList();
        Optional<Long> existing = rows.openTicketOfFault(alarm.rootId().value(), customer)
                .or(() -> rows.openTicketOnCircuits(customer, circuits));
        if (existing.isPresent()) {
            join(existing.get(), alarm, circuits, now);
            if (alarm.rootCause() && rows.rekey(existing.get(), alarm.id().value(), customer)) {
                rows.journal(existing.get(), now, PIPELINE, "rootCause", Map.of("alarm", alarm.id()));
            }
            return;
        }
        AlarmSummary.Hit first = hits.get(0);
        NewTicket ticket = new NewTicket("fault", "alarm", name(alarm), description(alarm, circuits),
                alarm.perceivedSeverity(), "urgent", customer, first.customerName(), first.tier(),
                first.accountManagerEmployeeId(), first.accountManagerName(), alarm.rootId().value(), circuits,
                sla.responseDue(now, "urgent"), sla.restorationDue(now, "fault", first.tier()), PIPELINE);
        Optional<Long> opened = rows.insert(ticket, now);
        if (opened.isEmpty()) {
            // Another instance opened the fault's ticket between our look and our insert: join it.
            rows.openTicketOfFault(alarm.rootId().value(), customer).ifPresent(id -> join(id, alarm, circuits, now));
            return;
        }
        long id = opened.get();
        rows.attach(id, alarm.id().value(), now);
        rows.journal(id, now, PIPELINE, "opened", Map.of("alarm", alarm.id(), "circuits", circuits));
        meters.counter("kexiang.ticket.opened", "origin", "alarm").increment();
        String number = rows.number(id);
        log.info("Ticket {} opened for customer {} by alarm {}", number, customer, alarm.id());
        events.publishEvent(new TicketOpened(TicketId.of(id), number, CustomerCode.of(customer),
                first.accountManagerEmployeeId(), "urgent", ticket.responseDue(), ticket.restorationDue()));
    }

    private void join(long ticketId, AlarmSummary alarm, List<String> circuits, Instant now) {
        if (rows.attach(ticketId, alarm.id().value(), now)) {
            rows.circuits(ticketId, circuits);
            rows.journal(ticketId, now, PIPELINE, "alarmAttached", Map.of("alarm", alarm.id()));
            meters.counter("kexiang.ticket.candidates", "outcome", "attached").increment();
        }
    }

    private static String name(AlarmSummary alarm) {
        String name = alarm.specificProblem() + " @ " + alarm.networkElement();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String description(AlarmSummary alarm, List<String> circuits) {
        return "Alarm " + alarm.id() + " (" + alarm.probableCause() + ", " + alarm.perceivedSeverity() + ") on "
                + alarm.alarmedObjectId() + " since " + alarm.raisedAt() + "; circuits " + String.join(", ", circuits);
    }
}
