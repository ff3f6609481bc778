package io.kexiang.ticket.store;

import static io.kexiang.ticket.store.TicketRows.ts;

import io.kexiang.alarm.AlarmSummary;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.TicketId;
import io.kexiang.ticket.TicketStatus;
import io.kexiang.ticket.TicketStatusChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves tickets through their lifecycle under a row lock: the ticket decides the move ({@link FaultTicket}); this
 * stores it, keeps the clocks (response met on acceptance; restoration paused while pending or held), and records
 * the status change and the journal.
 */
@Component
public class TicketTransitions {

    /**
     * What a move may carry: the reason (needed for pending/held), the fault reason and resolution, and why a
     * ticket is resolved while its alarms are still raised ({@code openAlarmOverride}).
     */
    public record Move(String status, String reason, String faultReason, String resolution, String openAlarmOverride) {

        public Move(String status, String reason, String faultReason, String resolution) {
            this(status, reason, faultReason, resolution, null);
        }
    }

    /** The account manager's call to the customer (回访). */
    public record ReturnVisit(boolean confirmed, String satisfaction, String comment) {
    }

    private final JdbcTemplate jdbc;
    private final TicketAlarms alarms;
    private final TicketRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketTransitions(JdbcTemplate jdbc, TicketAlarms alarms, TicketRows rows, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.alarms = alarms;
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /** A move by the NOC chain: taking the ticket in hand meets the response deadline. */
    @Transactional
    public void move(long ticketId, Move move, String actor) {
        move(ticketId, move, actor, true);
    }

    /**
     * @param answersForResponse whether the actor is of the NOC chain, whose taking the ticket in hand
     *                           ({@code inProgress}) meets the response deadline; an account manager's does not
     */
    @Transactional
    public void move(long ticketId, Move move, String actor, boolean answersForResponse) {
        Instant now = clock.instant();
        FaultTicket ticket = locked(ticketId);
        FaultTicket.Moved moved = ticket.moveTo(move.status(), move.reason(), now);
        if (moved.to() == TicketStatus.RESOLVED) {
            requireFaultReason(move.faultReason());
            requireAlarmsClearedOrOverride(ticketId, move, actor, now);
        }
        keepTheClock(ticketId, moved, now);
        switch (moved.to()) {
            case IN_PROGRESS -> jdbc.update("update trouble_ticket set responded_at = case when ? then "
                    + "coalesce(responded_at, ?) else responded_at end, assignee = coalesce(assignee, ?), "
                    + "resolved_at = null where id = ?", answersForResponse, ts(now), actor, ticketId);
            case RESOLVED -> jdbc.update("update trouble_ticket set resolved_at = ?, fault_reason = ?, "
                    + "resolution = coalesce(?, resolution) where id = ?", ts(now), move.faultReason(),
                    move.resolution(), ticketId);
            case CLOSED -> jdbc.update("update trouble_ticket set closed_at = ? where id = ?", ts(now), ticketId);
            default -> { }
        }
        changeStatus(ticketId, moved, move.reason(), actor, now);
    }

    /** Leaving pending/held moves the restoration deadline by the time the customer's side took; entering stops it. */
    private void keepTheClock(long ticketId, FaultTicket.Moved moved, Instant now) {
        if (moved.resumedAfter() != null) {
            long paused = moved.resumedAfter().toSeconds();
            jdbc.update("update trouble_ticket set paused_at = null, paused_seconds = paused_seconds + ?, "
                    + "restoration_due = restoration_due + make_interval(secs => ?) where id = ?", paused, paused,
                    ticketId);
        }
        if (moved.pauses()) {
            jdbc.update("update trouble_ticket set paused_at = ? where id = ?", ts(now), ticketId);
        }
    }

    /**
     * A fault whose alarms are still raised is not restored as far as the network can tell: resolving it anyway
     * takes a reason, which the journal keeps.
     */
    private void requireAlarmsClearedOrOverride(long ticketId, Move move, String actor, Instant now) {
        List<AlarmId> raised = alarms.of(ticketId).stream().filter(alarm -> !alarm.isCleared()).map(AlarmSummary::id)
                .toList();
        if (raised.isEmpty()) {
            return;
        }
        if (blank(move.openAlarmOverride())) {
            throw new ConflictException(Text.of("ticket.alarmsRaised", raised.stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))));
        }
        rows.journal(ticketId, now, actor, "resolvedWithRaisedAlarms",
                Map.of("alarms", raised, "reason", move.openAlarmOverride()));
    }

    /** Resolved tickets only: confirmed closes the ticket, not confirmed reopens it. */
    @Transactional
    public void returnVisit(long ticketId, ReturnVisit visit, String actor) {
        Instant now = clock.instant();
        FaultTicket.Moved moved = locked(ticketId).returnVisit(visit.confirmed(), now);
        jdbc.update("update trouble_ticket set return_visit_at = ?, return_visit_by = ?, return_visit_confirmed = ?, "
                + "return_visit_satisfaction = ?, return_visit_comment = ? where id = ?", ts(now), actor,
                visit.confirmed(), visit.satisfaction(), visit.comment(), ticketId);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("confirmed", visit.confirmed());
        detail.put("satisfaction", visit.satisfaction());
        rows.journal(ticketId, now, actor, "returnVisit", detail);
        if (visit.confirmed()) {
            jdbc.update("update trouble_ticket set closed_at = ? where id = ?", ts(now), ticketId);
            changeStatus(ticketId, moved, "return visit: customer confirmed", actor, now);
        } else {
            jdbc.update("update trouble_ticket set resolved_at = null where id = ?", ticketId);
            changeStatus(ticketId, moved, "return visit: customer did not confirm"
                    + (blank(visit.comment()) ? "" : " (" + visit.comment() + ")"), actor, now);
        }
    }

    private void changeStatus(long ticketId, FaultTicket.Moved moved, String reason, String actor, Instant now) {
        String from = moved.from().tmf();
        String to = moved.to().tmf();
        jdbc.update("update trouble_ticket set status = ?, status_changed_at = ?, status_change_reason = ?, "
                + "updated_at = ? where id = ?", to, ts(now), reason, ts(now), ticketId);
        jdbc.update("insert into ticket_status_change (ticket_id, at, status, reason, actor) values (?, ?, ?, ?, ?)",
                ticketId, ts(now), to, reason, actor);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", from);
        detail.put("to", to);
        if (reason != null) {
            detail.put("reason", reason);
        }
        rows.journal(ticketId, now, actor, "status", detail);
        events.publishEvent(new TicketStatusChanged(TicketId.of(ticketId), from, to, reason, now));
    }

    private void requireFaultReason(String code) {
        if (blank(code)) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("faultReason", null,
                    Text.of("ticket.faultReasonRequired"))));
        }
        if (jdbc.queryForList("select 1 from fault_reason where code = ? and active", Integer.class, code)
                .isEmpty()) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("faultReason", code,
                    Text.of("ticket.faultReasonUnknown"))));
        }
    }

    private FaultTicket locked(long ticketId) {
        return jdbc.query("select status, paused_at from trouble_ticket where id = ? for update",
                (rs, row) -> new FaultTicket(ticketId, TicketStatus.ofTmf(rs.getString(1)).orElseThrow(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()), ticketId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("troubleTicket", ticketId));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
