package io.kexiang.ticket.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * What the ticket opener reads before it opens or joins tickets for a batch of alarms, a query each whatever the
 * batch's size, under the locks of the batch's customers.
 */
@Component
public class OpeningRows {

    private static final String OPEN = "status not in ('closed', 'rejected', 'cancelled')";

    private final JdbcTemplate jdbc;

    OpeningRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the customers' locks, in one order for every instance (so two batches sharing customers cannot
     * deadlock), until the transaction ends: one customer's tickets are opened one batch at a time, so that two
     * faults on one circuit cannot both open one.
     */
    public void lockCustomers(Collection<String> customerCodes) {
        String[] sorted = customerCodes.stream().distinct().sorted().toArray(String[]::new);
        jdbc.query("select count(pg_advisory_xact_lock(hashtextextended(c, 621))) from unnest(?::text[]) as u(c)", (RowCallbackHandler) rs -> { }, (Object) sorted);
    }

    /** The open tickets of these faults, by root alarm and customer. */
    public Map<Fault, Long> openTicketsOfFaults(Collection<Fault> faults) {
        Map<Fault, Long> tickets = new HashMap<>();
        if (!faults.isEmpty()) {
            jdbc.query("""
                    select t.root_alarm_id, t.customer_code, t.id from trouble_ticket t
                    join unnest(?::bigint[], ?::text[]) as f(root, customer)
                        on t.root_alarm_id = f.root and t.customer_code = f.customer
                    where t.""" + OPEN, (RowCallbackHandler) rs -> tickets.put(new Fault(rs.getLong(1),
                    rs.getString(2)), rs.getLong(3)), faults.stream().map(Fault::rootAlarmId).toArray(Long[]::new),
                    faults.stream().map(Fault::customerCode).toArray(String[]::new));
        }
        return tickets;
    }

    /** For each of these circuits of a customer, the customer's oldest open fault ticket that covers it. */
    public Map<CustomerCircuit, Long> openTicketsOnCircuits(Collection<CustomerCircuit> circuits) {
        Map<CustomerCircuit, Long> tickets = new HashMap<>();
        if (!circuits.isEmpty()) {
            jdbc.query("""
                    select distinct on (t.customer_code, c.circuit_id) t.customer_code, c.circuit_id, t.id
                    from unnest(?::text[], ?::text[]) as w(customer, circuit)
                    join ticket_circuit c on c.circuit_id = w.circuit
                    join trouble_ticket t on t.id = c.ticket_id and t.customer_code = w.customer
                    where t.ticket_type = 'fault' and t.""" + OPEN
                    + " order by t.customer_code, c.circuit_id, t.id", (RowCallbackHandler) rs -> tickets.put(
                    new CustomerCircuit(rs.getString(1), rs.getString(2)), rs.getLong(3)),
                    circuits.stream().map(CustomerCircuit::customerCode).toArray(String[]::new),
                    circuits.stream().map(CustomerCircuit::circuitId).toArray(String[]::new));
        }
        return tickets;
    }

    /** Which of these alarms are attached to which tickets already. */
    public Set<TicketRows.Attachment> attachments(Collection<Long> alarmIds) {
        Set<TicketRows.Attachment> attached = new HashSet<>();
        if (!alarmIds.isEmpty()) {
            jdbc.query("select ticket_id, alarm_id from ticket_alarm where alarm_id = any (?)",
                    (RowCallbackHandler) rs -> attached.add(new TicketRows.Attachment(rs.getLong(1), rs.getLong(2))),
                    (Object) alarmIds.toArray(Long[]::new));
        }
        return attached;
    }

    /**
     * Makes root-cause alarms their tickets' faults, when a ticket was opened for one of the root's consequences
     * before the root arrived (UDP brings a cold start after the link-downs it caused); unless the customer has a
     * ticket for that root already. One statement for the batch (a ticket at most once in it).
     *
     * @return the faults the tickets now have
     */
    public Set<Rekey> rekey(List<Rekey> rekeys) {
        Set<Rekey> done = new HashSet<>();
        if (!rekeys.isEmpty()) {
            jdbc.query("""
                    update trouble_ticket t set root_alarm_id = r.root
                    from unnest(?::bigint[], ?::bigint[], ?::text[]) as r(ticket, root, customer)
                    where t.id = r.ticket and not exists (select 1 from trouble_ticket o where o.root_alarm_id = r.root
                        and o.customer_code = r.customer and o.""" + OPEN + """
                    )
                    returning t.id, r.root, r.customer""", (RowCallbackHandler) rs -> done.add(new Rekey(
                    rs.getLong(1), rs.getLong(2), rs.getString(3))),
                    rekeys.stream().map(Rekey::ticketId).toArray(Long[]::new),
                    rekeys.stream().map(Rekey::rootAlarmId).toArray(Long[]::new),
                    rekeys.stream().map(Rekey::customerCode).toArray(String[]::new));
        }
        return done;
    }

    /** A ticket to be keyed to a root-cause alarm, for its customer. */
    public record Rekey(long ticketId, long rootAlarmId, String customerCode) {
    }

    /** A fault as its customer's tickets know it: its root alarm. */
    public record Fault(long rootAlarmId, String customerCode) {
    }

    public record CustomerCircuit(String customerCode, String circuitId) {
    }
}
