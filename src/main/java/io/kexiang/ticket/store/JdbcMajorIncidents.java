package io.kexiang.ticket.store;

import static io.kexiang.ticket.store.JdbcTicketFigures.FACTS;
import static io.kexiang.ticket.store.JdbcTicketFigures.facts;
import static io.kexiang.ticket.store.JdbcTicketFigures.instant;

import io.kexiang.ticket.MajorIncidents;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Major incidents as the ticket tables keep them: the incident row, the tickets on its root fault, their journals. */
@Component
@Transactional(readOnly = true)
class JdbcMajorIncidents implements MajorIncidents {

    private static final String INCIDENT = """
            select root_alarm_id, level, level_name, customers, reason, declared_at, ended_at from major_incident""";

    private final JdbcTemplate jdbc;

    JdbcMajorIncidents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Incident> declared(Instant from, Instant to) {
        return jdbc.query(INCIDENT + " where declared_at >= ? and declared_at < ? order by declared_at desc",
                (rows, row) -> incident(rows), Timestamp.from(from), Timestamp.from(to));
    }

    @Override
    public List<Incident> ended(Instant from, Instant to) {
        return jdbc.query(INCIDENT + " where ended_at >= ? and ended_at < ? order by ended_at",
                (rows, row) -> incident(rows), Timestamp.from(from), Timestamp.from(to));
    }

    @Override
    public Optional<Incident> find(long id) {
        return jdbc.query(INCIDENT + " where root_alarm_id = ?", (rows, row) -> incident(rows), id).stream()
                .findFirst();
    }

    @Override
    public List<Hit> tickets(long id) {
        return jdbc.query("select " + FACTS + """
                , t.status, t.resolved_at, t.resolution,
                  (select r.name from fault_reason r where r.code = t.fault_reason) fault_reason_name
                from trouble_ticket t where t.root_alarm_id = ? order by t.created_at, t.id""",
                (rows, row) -> new Hit(facts(rows), rows.getString("status"), instant(rows, "resolved_at"),
                        rows.getString("fault_reason_name"), rows.getString("resolution")), id);
    }

    @Override
    public List<Event> timeline(long id) {
        return jdbc.query("""
                select at, number, kind, text, actor from (
                    select s.at, t.number, 'status' kind, s.status text, s.actor, s.id seq
                    from ticket_status_change s join trouble_ticket t on t.id = s.ticket_id
                    where t.root_alarm_id = ?
                    union all
                    select n.at, t.number, 'note', n.text, n.author, n.id
                    from ticket_note n join trouble_ticket t on t.id = n.ticket_id where t.root_alarm_id = ?
                    union all
                    select e.fired_at, t.number, 'escalation', e.step, 'kexiang', e.level
                    from ticket_escalation e join trouble_ticket t on t.id = e.ticket_id where t.root_alarm_id = ?
                ) events order by at, number, seq""", (rows, row) -> new Event(instant(rows, "at"),
                rows.getString("number"), rows.getString("kind"), rows.getString("text"), rows.getString("actor")),
                id, id, id);
    }

    private static Incident incident(ResultSet rows) throws SQLException {
        return new Incident(rows.getLong("root_alarm_id"), rows.getInt("level"), rows.getString("level_name"),
                rows.getInt("customers"), rows.getString("reason"), instant(rows, "declared_at"),
                instant(rows, "ended_at"));
    }
}
