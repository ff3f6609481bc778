package io.kexiang.alarm.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** TMF642's task resources (ackAlarms, clearAlarms …) as they were answered, kept readable by kind and id. */
@Component
public class AlarmTasks {

    /** A stored task: its id and the JSON it was answered with. */
    public record Stored(long id, String body) {
    }

    private final JdbcTemplate jdbc;

    AlarmTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long store(String kind, Instant at, String by, String body) {
        return jdbc.queryForObject("insert into alarm_task (kind, created_at, created_by, body) "
                + "values (?, ?, ?, ?::jsonb) returning id", Long.class, kind, Timestamp.from(at), by, body);
    }

    public Optional<Stored> find(String kind, long id) {
        return jdbc.query("select id, body::text from alarm_task where kind = ? and id = ?",
                (rs, row) -> new Stored(rs.getLong(1), rs.getString(2)), kind, id).stream().findFirst();
    }

    public List<Stored> page(String kind, int offset, int limit) {
        return jdbc.query("select id, body::text from alarm_task where kind = ? order by id desc offset ? limit ?",
                (rs, row) -> new Stored(rs.getLong(1), rs.getString(2)), kind, offset, limit);
    }

    public long count(String kind) {
        return jdbc.queryForObject("select count(*) from alarm_task where kind = ?", Long.class, kind);
    }
}
