package io.kexiang.ticket.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.shared.database.Where;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** The tickets' SQL: opening, attaching, moving, noting; every change journaled by the caller's actor. */
@Component
public class TicketRows {

    private static final String OPEN = "status not in ('closed', 'rejected', 'cancelled')";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final String prefix;

    TicketRows(JdbcTemplate jdbc, ObjectMapper json, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone,
            TicketSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.zone = zone;
        this.prefix = settings.numberPrefix();
    }

    /** One customer's tickets are opened one at a time, so that two faults on one circuit cannot both open one. */
    public void lockCustomer(String customerCode) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 621))", (RowCallbackHandler) rs -> { },
                customerCode == null ? "" : customerCode);
    }

    public Optional<Long> openTicketOfFault(long rootAlarmId, String customerCode) {
        return jdbc.queryForList("select id from trouble_ticket where root_alarm_id = ? and customer_code = ? and "
                + OPEN, Long.class, rootAlarmId, customerCode).stream().findFirst();
    }

    /** The customer's open fault ticket that already covers one of these circuits. */
    public Optional<Long> openTicketOnCircuits(String customerCode, List<String> circuitIds) {
        return jdbc.queryForList("""
                select t.id from trouble_ticket t join ticket_circuit c on c.ticket_id = t.id
                where t.customer_code = ? and t.ticket_type = 'fault' and c.circuit_id = any (?) and t.""" + OPEN
                + " order by t.id limit 1", Long.class, customerCode, circuitIds.toArray(String[]::new))
                .stream().findFirst();
    }

    /** Opens the ticket; empty when one is open for the same root fault and customer already. */
    public Optional<Long> insert(NewTicket ticket, Instant now) {
        String number = nextNumber(LocalDate.ofInstant(now, zone));
        Optional<Long> id = jdbc.queryForList("""
                insert into trouble_ticket (number, ticket_type, origin, name, description, severity, priority,
                    status, status_changed_at, customer_code, customer_name, tier, account_manager_employee_id,
                    account_manager_name, root_alarm_id, response_due, restoration_due, created_at, created_by,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, 'acknowledged', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (root_alarm_id, customer_code)
                    where root_alarm_id is not null and status not in ('closed', 'rejected', 'cancelled')
                    do nothing
                returning id""", Long.class, number, ticket.ticketType(), ticket.origin(), ticket.name(),
                ticket.description(), ticket.severity(), ticket.priority(), ts(now), ticket.customerCode(),
                ticket.customerName(), ticket.tier(), ticket.accountManagerEmployeeId(),
                ticket.accountManagerName(), ticket.rootAlarmId(), ts(ticket.responseDue()),
                ts(ticket.restorationDue()), ts(now), ticket.createdBy(), ts(now)).stream().findFirst();
        id.ifPresent(opened -> {
            circuits(opened, ticket.circuitIds());
            jdbc.update("insert into ticket_status_change (ticket_id, at, status, reason, actor) "
                    + "values (?, ?, 'acknowledged', ?, ?)", opened, ts(now), "opened", ticket.createdBy());
        });
        return id;
    }

    public void circuits(long ticketId, List<String> circuitIds) {
        List<Object[]> rows = new ArrayList<>();
        circuitIds.forEach(circuit -> rows.add(new Object[] {ticketId, circuit}));
        jdbc.batchUpdate("insert into ticket_circuit (ticket_id, circuit_id) values (?, ?) on conflict do nothing",
                rows);
    }

    /**
     * Makes a root-cause alarm the ticket's fault, when the ticket was opened for one of its consequences before
     * the root arrived (UDP brings a cold start after the link-downs it caused); unless the customer has a ticket
     * for that root already.
     */
    public boolean rekey(long ticketId, long rootAlarmId, String customerCode) {
        return jdbc.update("update trouble_ticket set root_alarm_id = ? where id = ? and not exists (select 1 from "
                + "trouble_ticket o where o.root_alarm_id = ? and o.customer_code = ? and o." + OPEN + ")",
                rootAlarmId, ticketId, rootAlarmId, customerCode) > 0;
    }

    /** @return true when the alarm was not attached yet */
    public boolean attach(long ticketId, long alarmId, Instant now) {
        return jdbc.update("insert into ticket_alarm (ticket_id, alarm_id, attached_at) values (?, ?, ?) "
                + "on conflict do nothing", ticketId, alarmId, ts(now)) > 0;
    }

    public void journal(long ticketId, Instant at, String actor, String action, Map<String, Object> detail) {
        try {
            jdbc.update("insert into ticket_journal (ticket_id, at, actor, action, detail) values (?, ?, ?, ?, "
                    + "?::jsonb)", ticketId, ts(at), actor, action, json.writeValueAsString(detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal detail is not serialisable", e);
        }
    }

    /** The tickets a TMF621 filter selects, newest first. */
    public List<Long> ids(Where where, int offset, int limit) {
        return jdbc.queryForList("select id from trouble_ticket" + where.sql()
                + " order by created_at desc, id desc offset ? limit ?", Long.class, where.args(offset, limit));
    }

    public long count(Where where) {
        return jdbc.queryForObject("select count(*) from trouble_ticket" + where.sql(), Long.class, where.args());
    }

    /** What a client declared the ticket as (TMF621's free-text ticketType), and whether the NOC must link it. */
    public void reported(long ticketId, String reportedType, boolean triage) {
        jdbc.update("update trouble_ticket set reported_type = ?, triage = ? where id = ?", reportedType, triage,
                ticketId);
    }

    public void assign(long ticketId, String assignee, String group, Instant at) {
        jdbc.update("update trouble_ticket set assignee = coalesce(?, assignee), assignee_group = coalesce(?, "
                + "assignee_group), updated_at = ? where id = ?", assignee, group, Timestamp.from(at), ticketId);
    }

    /** The journal, oldest first, each entry's detail as the JSON text it is stored as. */
    public List<Map<String, Object>> journal(long ticketId) {
        return jdbc.queryForList("select at, actor, action, detail::text as detail from ticket_journal "
                + "where ticket_id = ? order by at, id", ticketId);
    }

    /** Every fault reason, the inactive too, for its maintenance. */
    public List<Map<String, Object>> faultReasonCatalogue() {
        return jdbc.queryForList("select code, name, category, active from fault_reason order by category, code");
    }

    public void putFaultReason(String code, String name, String category, boolean active) {
        jdbc.update("""
                insert into fault_reason (code, name, category, active) values (?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, category = excluded.category,
                    active = excluded.active""", code, name, category, active);
    }

    public String number(long ticketId) {
        return jdbc.queryForObject("select number from trouble_ticket where id = ?", String.class, ticketId);
    }

    public List<Map<String, Object>> faultReasons() {
        return jdbc.queryForList("select code, name, category from fault_reason where active order by category, code");
    }

    public void note(long ticketId, String author, Instant at, String text) {
        jdbc.update("insert into ticket_note (ticket_id, author, at, text) values (?, ?, ?, ?)", ticketId, author,
                ts(at), text);
        jdbc.update("update trouble_ticket set updated_at = ? where id = ?", ts(at), ticketId);
    }

    private String nextNumber(LocalDate day) {
        Integer next = jdbc.queryForObject("""
                insert into ticket_number_day (day, last) values (?, 1)
                on conflict (day) do update set last = ticket_number_day.last + 1 returning last""", Integer.class,
                java.sql.Date.valueOf(day));
        return "%s-%s-%04d".formatted(prefix, day.format(DateTimeFormatter.BASIC_ISO_DATE), next);
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
