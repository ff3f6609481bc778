package io.kexiang.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.Text;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What people write for a report (its narrative sections, by name, and one more text where the report has one),
 * kept as a draft until submitted once: the 季报 ({@code quarterly_report}) and the 应急事件总结
 * ({@code incident_summary}) keep theirs alike.
 */
final class Drafts {

    /** A section's text may be this long. */
    static final int MAX_TEXT = 8000;

    record Written(Map<String, String> narrative, String extra, String state, Instant submittedAt,
                   String submittedBy) {

        static final Written NONE = new Written(Map.of(), null, "draft", null, null);
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final String table;
    private final String key;
    private final String extra;

    /** @param extra the column of the one more text, or null */
    Drafts(JdbcTemplate jdbc, ObjectMapper json, String table, String key, String extra) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.key = key;
        this.extra = extra;
    }

    /**
     * The sections worth keeping (trimmed, blank ones left out); adds to {@code problems} every section not in
     * {@code sections} or longer than {@link #MAX_TEXT}.
     */
    static Map<String, String> check(Map<String, String> narrative, List<String> sections,
            List<FieldProblem> problems) {
        Map<String, String> kept = new LinkedHashMap<>();
        narrative.forEach((section, text) -> {
            if (!sections.contains(section)) {
                problems.add(FieldProblem.of(section, null, Text.oneOf(sections)));
            } else if (text != null && text.length() > MAX_TEXT) {
                problems.add(FieldProblem.of(section, text.length(), Text.of("process.text", MAX_TEXT)));
            } else if (text != null && !text.isBlank()) {
                kept.put(section, text.trim());
            }
        });
        return kept;
    }

    Optional<Written> find(Object id) {
        return jdbc.query("select narrative, " + (extra == null ? "null" : extra) + ", state, submitted_at, "
                + "submitted_by from " + table + " where " + key + " = ?", (rows, row) -> new Written(
                read(rows.getString(1)), rows.getString(2), rows.getString(3), rows.getTimestamp(4) == null ? null
                        : rows.getTimestamp(4).toInstant(), rows.getString(5)), id).stream().findFirst();
    }

    /** Keeps the draft; false when it was submitted (nothing changes then). {@code extraText} unused without one. */
    boolean save(Object id, Map<String, String> narrative, String extraText, String by, Instant at) {
        String extraColumn = extra == null ? "" : ", " + extra;
        return jdbc.update("insert into " + table + " (" + key + ", narrative" + extraColumn
                + ", state, updated_at, updated_by) values (?, cast(? as jsonb)" + (extra == null ? "" : ", ?")
                + ", 'draft', ?, ?) on conflict (" + key + ") do update set narrative = excluded.narrative"
                + (extra == null ? "" : ", " + extra + " = excluded." + extra)
                + ", updated_at = excluded.updated_at, updated_by = excluded.updated_by where " + table
                + ".state = 'draft'", arguments(id, write(narrative), extraText, Timestamp.from(at), by)) > 0;
    }

    /** The quarterly reports' drafts. */
    static Drafts quarterly(JdbcTemplate jdbc, ObjectMapper json) {
        return new Drafts(jdbc, json, "quarterly_report", "quarter", "typical_cases");
    }

    /** The incident summaries' drafts. */
    static Drafts incidents(JdbcTemplate jdbc, ObjectMapper json) {
        return new Drafts(jdbc, json, "incident_summary", "incident_id", null);
    }

    /** Opens an empty draft unless there is one; true when this call opened it. */
    boolean open(Object id, String by, Instant at) {
        return jdbc.update("insert into " + table + " (" + key + ", state, updated_at, updated_by) values (?, 'draft', "
                + "?, ?) on conflict (" + key + ") do nothing", id, Timestamp.from(at), by) > 0;
    }

    /** Submits it once; false when it was submitted already. */
    boolean submit(Object id, String by, Instant at) {
        open(id, by, at);
        return jdbc.update("update " + table + " set state = 'submitted', submitted_at = ?, submitted_by = ? where "
                + key + " = ? and state = 'draft'", Timestamp.from(at), by, id) > 0;
    }

    /** The states of many with numbers for keys: for lists. */
    Map<Long, Written> states(List<Long> ids) {
        Map<Long, Written> states = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select " + key + ", state, submitted_at, submitted_by from " + table + " where " + key
                    + " = any(?)", rows -> {
                        states.put(rows.getLong(1), new Written(Map.of(), null, rows.getString(2),
                                rows.getTimestamp(3) == null ? null : rows.getTimestamp(3).toInstant(),
                                rows.getString(4)));
                    }, (Object) ids.toArray(Long[]::new));
        }
        return states;
    }

    private Object[] arguments(Object id, String narrative, String extraText, Timestamp at, String by) {
        return extra == null ? new Object[] {id, narrative, at, by} : new Object[] {id, narrative, extraText, at, by};
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
