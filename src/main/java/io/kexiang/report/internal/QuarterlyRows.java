package io.kexiang.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What people wrote for a quarter's report, and whether it was submitted. */
@Component
class QuarterlyRows {

    record Written(Map<String, String> narrative, String typicalCases, String state, Instant submittedAt,
                   String submittedBy) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    QuarterlyRows(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Written> find(String quarter) {
        return jdbc.query("select narrative, typical_cases, state, submitted_at, submitted_by from quarterly_report "
                + "where quarter = ?", (rows, row) -> new Written(read(rows.getString(1)), rows.getString(2),
                rows.getString(3), rows.getTimestamp(4) == null ? null : rows.getTimestamp(4).toInstant(),
                rows.getString(5)), quarter).stream().findFirst();
    }

    /** Saves the draft; false when the quarter's report was submitted (nothing changes then). */
    boolean save(String quarter, Map<String, String> narrative, String typicalCases, String by, Instant at) {
        return jdbc.update("""
                insert into quarterly_report (quarter, narrative, typical_cases, state, updated_at, updated_by)
                values (?, cast(? as jsonb), ?, 'draft', ?, ?)
                on conflict (quarter) do update set narrative = excluded.narrative,
                    typical_cases = excluded.typical_cases, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by
                where quarterly_report.state = 'draft'""", quarter, write(narrative), typicalCases,
                Timestamp.from(at), by) > 0;
    }

    /** Submits it once; false when it was submitted already. */
    boolean submit(String quarter, String by, Instant at) {
        jdbc.update("""
                insert into quarterly_report (quarter, state, updated_at, updated_by) values (?, 'draft', ?, ?)
                on conflict (quarter) do nothing""", quarter, Timestamp.from(at), by);
        return jdbc.update("""
                update quarterly_report set state = 'submitted', submitted_at = ?, submitted_by = ?
                where quarter = ? and state = 'draft'""", Timestamp.from(at), by, quarter) > 0;
    }

    private Map<String, String> read(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Map<String, String> narrative) {
        try {
            return json.writeValueAsString(narrative);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
