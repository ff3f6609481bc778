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
import java.util.HashMap;
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

    /** Opens the ticket; empty when one is open for the same root fault and customer already. */
    public Optional<Opened> insert(NewTicket ticket, Instant now) {
        return insertAll(List.of(ticket), now).stream().findFirst();
    }

    /**
     * Opens the tickets in one statement each for them, their circuits and their first status, numbered in the
     * order given; those whose root fault and customer have an open ticket already are not opened (and not in the
     * answer), which a caller holding the customer's lock does not meet.
     */
    public List<Opened> insertAll(List<NewTicket> tickets, Instant now) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        List<String> numbers = nextNumbers(LocalDate.ofInstant(now, zone), tickets.size());
        Columns columns = new Columns(tickets.size());
        for (int i = 0; i < tickets.size(); i++) {
            NewTicket ticket = tickets.get(i);
            columns.add(numbers.get(i), ticket.ticketType(), ticket.origin(), ticket.name(), ticket.description(),
                    ticket.severity(), ticket.priority(), ticket.customerCode(), ticket.customerName(), ticket.tier(),
                    ticket.accountManagerEmployeeId(), ticket.accountManagerName(),
                    ticket.rootAlarmId() == null ? null : ticket.rootAlarmId().toString(),
                    text(ticket.responseDue()), text(ticket.restorationDue()), ticket.createdBy());
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("""
                insert into trouble_ticket (number, ticket_type, origin, name, description, severity, priority,
                    status, status_changed_at, customer_code, customer_name, tier, account_manager_employee_id,
                    account_manager_name, root_alarm_id, response_due, restoration_due, created_at, created_by,
                    updated_at)
                select t.number, t.type, t.origin, t.name, t.description, t.severity, t.priority, 'acknowledged', ?,
                    t.customer, t.customer_name, t.tier, t.manager, t.manager_name, t.root::bigint,
                    t.response_due::timestamptz, t.restoration_due::timestamptz, ?, t.created_by, ?
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    with ordinality as t(number, type, origin, name, description, severity, priority, customer,
                    customer_name, tier, manager, manager_name, root, response_due, restoration_due, created_by, n)
                order by t.n
                on conflict (root_alarm_id, customer_code)
                    where root_alarm_id is not null and status not in ('closed', 'rejected', 'cancelled')
                    do nothing
                returning id, number""", (RowCallbackHandler) rs -> ids.put(rs.getString(2), rs.getLong(1)),
                columns.args(ts(now), ts(now), ts(now)));
        List<Opened> opened = new ArrayList<>();
        List<TicketCircuit> circuits = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i++) {
            Long id = ids.get(numbers.get(i));
            if (id != null) {
                opened.add(new Opened(id, numbers.get(i), tickets.get(i)));
                tickets.get(i).circuitIds().forEach(circuit -> circuits.add(new TicketCircuit(id, circuit)));
            }
        }
        circuits(circuits);
        jdbc.update("""
                insert into ticket_status_change (ticket_id, at, status, reason, actor)
                select t.id, ?, 'acknowledged', 'opened', t.actor from unnest(?::bigint[], ?::text[]) as t(id, actor)""",
                ts(now), opened.stream().map(Opened::id).toArray(Long[]::new),
                opened.stream().map(o -> o.ticket().createdBy()).toArray(String[]::new));
        return opened;
    }

    public void circuits(long ticketId, List<String> circuitIds) {
        circuits(circuitIds.stream().map(circuit -> new TicketCircuit(ticketId, circuit)).toList());
    }

    public void circuits(List<TicketCircuit> circuits) {
        if (circuits.isEmpty()) {
            return;
        }
        jdbc.update("insert into ticket_circuit (ticket_id, circuit_id) select * from unnest(?::bigint[], ?::text[]) "
                + "on conflict do nothing", circuits.stream().map(TicketCircuit::ticketId).toArray(Long[]::new),
                circuits.stream().map(TicketCircuit::circuitId).toArray(String[]::new));
    }

    /** @return those of the alarms that were not attached to their ticket yet, which are now */
    public List<Attachment> attachAll(List<Attachment> attachments, Instant now) {
        List<Attachment> attached = new ArrayList<>();
        if (!attachments.isEmpty()) {
            jdbc.query("""
                    insert into ticket_alarm (ticket_id, alarm_id, attached_at)
                    select t, a, ? from unnest(?::bigint[], ?::bigint[]) as u(t, a)
                    on conflict do nothing returning ticket_id, alarm_id""",
                    (RowCallbackHandler) rs -> attached.add(new Attachment(rs.getLong(1), rs.getLong(2))), ts(now),
                    attachments.stream().map(Attachment::ticketId).toArray(Long[]::new),
                    attachments.stream().map(Attachment::alarmId).toArray(Long[]::new));
        }
        return attached;
    }


    public void journal(long ticketId, Instant at, String actor, String action, Map<String, Object> detail) {
        journal(List.of(new JournalEntry(ticketId, at, actor, action, detail)));
    }

    /** Journals the entries in one statement. */
    public void journal(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Columns columns = new Columns(entries.size());
        for (JournalEntry entry : entries) {
            columns.add(Long.toString(entry.ticketId()), text(entry.at()), entry.actor(), entry.action(),
                    detail(entry.detail()));
        }
        jdbc.update("""
                insert into ticket_journal (ticket_id, at, actor, action, detail)
                select j.ticket::bigint, j.at::timestamptz, j.actor, j.action, j.detail::jsonb
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    with ordinality as j(ticket, at, actor, action, detail, n)
                order by j.n""", columns.args());
    }

    private String detail(Map<String, Object> detail) {
        try {
            return json.writeValueAsString(detail);
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

    public List<Map<String, Object>> faultReasons() {
        return jdbc.queryForList("select code, name, category from fault_reason where active order by category, code");
    }

    public void note(long ticketId, String author, Instant at, String text) {
        jdbc.update("insert into ticket_note (ticket_id, author, at, text) values (?, ?, ?, ?)", ticketId, author,
                ts(at), text);
        jdbc.update("update trouble_ticket set updated_at = ? where id = ?", ts(at), ticketId);
    }

    /** The day's next numbers, taken in one update of its counter. */
    private List<String> nextNumbers(LocalDate day, int count) {
        int last = jdbc.queryForObject("""
                insert into ticket_number_day (day, last) values (?, ?)
                on conflict (day) do update set last = ticket_number_day.last + excluded.last returning last""",
                Integer.class, java.sql.Date.valueOf(day), count);
        String stem = prefix + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
        List<String> numbers = new ArrayList<>(count);
        for (int next = last - count + 1; next <= last; next++) {
            numbers.add(stem + "%04d".formatted(next));
        }
        return numbers;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** A ticket opened, with the number it was given. */
    public record Opened(long id, String number, NewTicket ticket) {
    }

    public record TicketCircuit(long ticketId, String circuitId) {
    }

    public record Attachment(long ticketId, long alarmId) {
    }

    public record JournalEntry(long ticketId, Instant at, String actor, String action, Map<String, Object> detail) {
    }

    /** Parameters for {@code unnest(?::text[], …)}: one text array per column, filled a row at a time. */
    private static final class Columns {

        private final int rows;
        private final List<String[]> columns = new ArrayList<>();
        private int row;

        Columns(int rows) {
            this.rows = rows;
        }

        void add(String... values) {
            for (int i = 0; i < values.length; i++) {
                if (columns.size() <= i) {
                    columns.add(new String[rows]);
                }
                columns.get(i)[row] = values[i];
            }
            row++;
        }

        Object[] args(Object... leading) {
            List<Object> args = new ArrayList<>(List.of(leading));
            args.addAll(columns);
            return args.toArray();
        }
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
