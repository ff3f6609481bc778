package io.kexiang.ingest.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.ingest.received.Varbind;
import io.kexiang.shared.database.Where;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Re-runs archived events through naming, linking and normalisation, so that a new MIB, a changed rule or a
 * network element added since reach the events already stored. The raw bytes and the outcome stay as they were.
 */
@Component
class EventReplay {

    static final int MAX = 10_000;
    private static final Logger log = LoggerFactory.getLogger(EventReplay.class);

    private final JdbcTemplate jdbc;
    private final DerivedColumns derived;
    private final ObjectMapper json;

    EventReplay(JdbcTemplate jdbc, DerivedColumns derived, ObjectMapper json) {
        this.jdbc = jdbc;
        this.derived = derived;
        this.json = json;
    }

    int replay(Where where) {
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("select id, received_at, transport, source_address, source_port, snmp_version, pdu_type, "
                + "outcome, reason, trap_oid, decoded::text, raw from raw_event" + where.sql()
                + " order by received_at, id limit " + MAX, rs -> {
                    Object[] columns = derived.of(stored(rs)).columns();
                    Object[] update = Arrays.copyOf(columns, columns.length + 2);
                    update[columns.length] = rs.getTimestamp(2);
                    update[columns.length + 1] = rs.getLong(1);
                    updates.add(update);
                }, where.args());
        jdbc.batchUpdate("update raw_event set (" + DerivedColumns.NAMES + ") = (" + DerivedColumns.PLACEHOLDERS
                + ") where received_at = ? and id = ?", updates);
        log.info("Replayed {} archived events", updates.size());
        return updates.size();
    }

    /** The event as it was received, rebuilt from its row: varbinds by OID, type and value as first decoded. */
    private ReceivedEvent stored(ResultSet rs) throws SQLException {
        JsonNode decoded = read(rs.getString(11));
        List<Varbind> varbinds = new ArrayList<>();
        for (JsonNode varbind : decoded.path("varbinds")) {
            varbinds.add(new Varbind(varbind.path("oid").asText(), varbind.path("type").asText(),
                    varbind.path("value").isNull() ? null : varbind.path("value").asText(), null));
        }
        String agent = decoded.hasNonNull("agentAddress") ? decoded.get("agentAddress").asText() : null;
        return new ReceivedEvent(rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(10), agent, varbinds,
                rs.getBytes(12), Outcome.valueOf(rs.getString(8)), rs.getString(9), null);
    }

    private JsonNode read(String text) {
        try {
            return text == null ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("archived decoded JSON is not readable", e);
        }
    }
}
