package io.kexiang.ingest.archive;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.kexiang.ingest.received.Outcome;
import io.kexiang.shared.database.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Searches the raw archive, newest first; the filters also select what a replay re-runs. */
@Component
class RawEventSearch {

    record ArchivedEvent(long id, Instant receivedAt, String transport, String sourceAddress, Integer sourcePort,
                         String snmpVersion, String pduType, String outcome, String reason, String trapOid,
                         String notification, String networkElement, @JsonRawValue String decoded, String rawHex,
                         Normalised normalised) {
    }

    /** The event in the one model (rules/*.yaml); absent for refused and undecodable events. */
    record Normalised(String family, String eventType, String probableCause, String specificProblem,
                      String perceivedSeverity, @JsonRawValue String resource, String additionalText,
                      String externalAlarmId) {
    }

    private final JdbcTemplate jdbc;

    RawEventSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(Where where) {
        return jdbc.queryForObject("select count(*) from raw_event" + where.sql(), Long.class, where.args());
    }

    List<ArchivedEvent> page(Where where, boolean admin, int offset, int limit) {
        return jdbc.query("select id, received_at, transport, source_address, source_port, "
                + "snmp_version, pdu_type, outcome, reason, trap_oid, notification, network_element, decoded::text, "
                + "raw, family, event_type, probable_cause, specific_problem, severity, resource::text, "
                + "additional_text, external_alarm_id from raw_event" + where.sql()
                + " order by received_at desc, id desc limit ? offset ?", (rs, row) -> event(rs, admin),
                where.args(limit, offset));
    }

    static Where filter(Instant from, Instant to, String source, String ne, String notification,
            Outcome outcome) {
        return new Where().and("received_at >= ?", from == null ? null : Timestamp.from(from))
                .and("received_at < ?", to == null ? null : Timestamp.from(to)).and("source_address = ?", source)
                .and("network_element = ?", ne).and("notification = ?", notification)
                .and("outcome = ?", outcome == null ? null : outcome.name());
    }

    /**
     * Administrators see a datagram's bytes as received; other staff see an SNMPv1/v2c community masked, as the
     * API masks communities everywhere else (an NMS feed's bytes are its JSON or CSV, with no secret).
     */
    private static String rawHex(byte[] raw, String transport, boolean admin) {
        if (admin || !("udp".equals(transport) || "tcp".equals(transport))) {
            return HexFormat.of().formatHex(raw);
        }
        byte[] masked = CommunityMask.masked(raw);
        return masked == null ? null : HexFormat.of().formatHex(masked);
    }

    private static ArchivedEvent event(ResultSet rs, boolean admin) throws SQLException {
        return new ArchivedEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rawHex(rs.getBytes(14), rs.getString(3), admin), rs.getString(19) == null ? null
                        : new Normalised(rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                                rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22)));
    }
}
