package io.kexiang.ticket.escalation;

import io.kexiang.shared.TicketId;
import io.kexiang.ticket.TicketEscalated;
import io.kexiang.ticket.store.TicketRows;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves tickets up the chain (engineer → technical specialist → department manager → VP) as their deadlines near
 * and pass. Runs from the database: open tickets are taken {@code FOR UPDATE SKIP LOCKED}, and a step is recorded
 * under its primary key before anyone is told, so a step fires once however often the scan runs or restarts.
 */
@Component
class EscalationScan {

    private static final Logger log = LoggerFactory.getLogger(EscalationScan.class);
    private static final int TOP = 3;
    private static final int PAGE = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TicketRows rows;
    private final EscalationSteps steps;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;

    EscalationScan(JdbcTemplate jdbc, TransactionTemplate transactions, TicketRows rows,
            @Value("${kexiang.ticket.escalation.warn-share:0.8}") double warnShare,
            ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rows = rows;
        this.steps = new EscalationSteps(warnShare);
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${kexiang.ticket.escalation.scan-interval:30s}")
    void scan() {
        long after = 0;
        while (true) {
            long from = after;
            Long last = transactions.execute(status -> escalatePage(from, PAGE));
            if (last == null) {
                return;
            }
            after = last;
        }
    }

    /** One page of open tickets by id; returns the last id, or null when the page was the last. */
    private Long escalatePage(long after, int size) {
        Instant now = clock.instant();
        List<Map<String, Object>> tickets = jdbc.queryForList("""
                select id, number, customer_name, name, created_at, response_due, restoration_due, responded_at,
                    resolved_at, paused_at, paused_seconds, escalation_level
                from trouble_ticket t
                where id > ? and status in ('acknowledged', 'inProgress', 'pending', 'held')
                  and (select count(*) from ticket_escalation e where e.ticket_id = t.id) < 4
                order by id limit ? for update skip locked""", after, size);
        for (Map<String, Object> ticket : tickets) {
            escalate(ticket, now);
        }
        return tickets.size() < size ? null : ((Number) tickets.get(tickets.size() - 1).get("id")).longValue();
    }

    private void escalate(Map<String, Object> ticket, Instant now) {
        long id = ((Number) ticket.get("id")).longValue();
        EscalationSteps.Clocks clocks = new EscalationSteps.Clocks(instant(ticket.get("created_at")),
                instant(ticket.get("response_due")), instant(ticket.get("restoration_due")),
                instant(ticket.get("responded_at")), instant(ticket.get("resolved_at")),
                instant(ticket.get("paused_at")), ((Number) ticket.get("paused_seconds")).longValue());
        int level = ((Number) ticket.get("escalation_level")).intValue();
        for (EscalationSteps.Step step : steps.due(clocks, now)) {
            int next = Math.min(TOP, level + 1);
            boolean first = jdbc.update("insert into ticket_escalation (ticket_id, step, level, due_at, fired_at) "
                    + "values (?, ?, ?, ?, ?) on conflict do nothing", id, step.name(), next,
                    Timestamp.from(step.dueAt()), Timestamp.from(now)) > 0;
            if (!first) {
                continue;
            }
            level = next;
            jdbc.update("update trouble_ticket set escalation_level = ?, updated_at = ? where id = ?", level,
                    Timestamp.from(now), id);
            rows.journal(id, now, "kexiang", "escalated", Map.of("step", step.name(), "level", level,
                    "deadline", step.deadline().toString()));
            meters.counter("kexiang.ticket.escalations", "step", step.name()).increment();
            log.info("Ticket {} escalated to level {} ({})", ticket.get("number"), level, step.name());
            events.publishEvent(new TicketEscalated(TicketId.of(id), (String) ticket.get("number"),
                    (String) ticket.get("customer_name"), (String) ticket.get("name"), step.name(), level,
                    step.deadline(), now));
        }
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
