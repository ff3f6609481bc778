package io.kexiang.outbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.outbox.Delivery;
import io.kexiang.outbox.Notice;
import io.kexiang.outbox.Outbox;
import io.kexiang.shared.database.AfterCommit;
import io.kexiang.shared.database.BeforeCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** One {@code outbox_message} row per recipient and channel, written in the caller's transaction. */
@Component
@EnableConfigurationProperties(OutboxSettings.class)
class JdbcOutbox implements Outbox {

    private static final Logger log = LoggerFactory.getLogger(JdbcOutbox.class);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final ChannelSettings channels;
    private final OutboxDelivery delivery;
    private final WaitingMessages waiting;
    private final Counter absorbed;
    private final BeforeCommit<Object[]> messages = new BeforeCommit<>(this::write);

    /**
     * A transaction's messages as arrays, one per column, in one statement: a burst's listener events are a hundred
     * rows a commit, and as multi-row {@code values} (the driver's rewritten batch, nine parameters a row) PostgreSQL
     * parsed and planned each statement anew; over arrays the same rows cost it a third less. Inserted in the order
     * given, which is the order a listener is sent them.
     */
    private static final String INSERT = """
            insert into outbox_message (channel, reference, recipient, subject, body, payload, state,
                                        next_attempt_at, created_at, coalesce_key)
            select channel, reference, recipient, subject, body, payload::jsonb, 'pending', at, at, coalesce_key
            from unnest(?, ?, ?, ?, ?, ?, ?, ?) with ordinality
                as m(channel, reference, recipient, subject, body, payload, at, coalesce_key, position)
            order by position
            on conflict (reference, coalesce_key) where coalesce_key is not null
            do update set payload = excluded.payload""";

    JdbcOutbox(JdbcTemplate jdbc, ObjectMapper json, Clock clock, ChannelSettings channels,
            OutboxDelivery delivery, WaitingMessages waiting, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.channels = channels;
        this.delivery = delivery;
        this.waiting = waiting;
        this.absorbed = Counter.builder("kexiang.outbox.absorbed")
                .description("Changes owing a listener an event already waiting unclaimed: nothing written")
                .register(meters);
    }

    @Override
    public boolean anyPersonChannel() {
        return channels.mail() || channels.webhook();
    }

    @Override
    public int notify(Notice notice) {
        List<String[]> ways = new ArrayList<>();
        if (channels.mail() && notice.email() != null && !notice.email().isBlank()) {
            ways.add(new String[] {"email", notice.email()});
        }
        if (channels.webhook()) {
            ways.add(new String[] {"webhook", notice.mobile() == null ? notice.recipientName() : notice.mobile()});
        }
        if (ways.isEmpty()) {
            log.warn("Notice '{}' to {} has no channel: no SMTP server or e-mail address, and no webhook",
                    notice.subject(), notice.recipientName());
        }
        for (String[] way : ways) {
            insert(way[0], notice.reference(), way[1], notice.subject(), notice.text(), payload(notice), null);
        }
        return ways.size();
    }

    @Override
    public void callback(String reference, String callbackUrl, String eventType, String event,
            String coalesceKey) {
        if (waiting.absorb(reference, coalesceKey, event)) {
            absorbed.increment();
        } else {
            insert("hub", reference, callbackUrl, eventType, null, event, coalesceKey);
        }
    }

    @Override
    public void post(String reference, String url, String subject, String json) {
        insert("post", reference, url, subject, null, json, null);
    }

    @Override
    public List<Delivery> deliveries(String reference) {
        messages.flush();
        return jdbc.query("""
                select id, channel, reference, recipient, subject, state, attempts, created_at, next_attempt_at,
                       sent_at, last_error
                from outbox_message where reference = ? order by id""", JdbcOutbox::delivery, reference);
    }

    @Override
    public List<Delivery> newest(String reference, int limit) {
        return recent(reference, null, null, 0, limit);
    }

    /** The newest messages, narrowed by reference, state or channel (any of them null: not narrowed). */
    List<Delivery> recent(String reference, String state, String channel, int offset, int limit) {
        messages.flush();
        return jdbc.query("""
                select id, channel, reference, recipient, subject, state, attempts, created_at, next_attempt_at,
                       sent_at, last_error
                from outbox_message
                where (?::text is null or reference = ?) and (?::text is null or state = ?)
                  and (?::text is null or channel = ?)
                order by id desc offset ? limit ?""", JdbcOutbox::delivery, reference, reference, state, state,
                channel, channel, offset, limit);
    }

    long count(String reference, String state, String channel) {
        messages.flush();
        return jdbc.queryForObject("""
                select count(*) from outbox_message
                where (?::text is null or reference = ?) and (?::text is null or state = ?)
                  and (?::text is null or channel = ?)""", Long.class, reference, reference, state, state, channel,
                channel);
    }

    @Override
    public int cancel(String reference) {
        messages.flush();
        waiting.forget(reference);
        // The coalescing keys stay: a change of a transaction still open that owed the same event updates the
        // cancelled message instead of adding one after the cancellation (a listener's reference is never reused).
        return jdbc.update("update outbox_message set state = 'cancelled' where reference = ? and state = 'pending'",
                reference);
    }

    private void insert(String channel, String reference, String recipient, String subject, String body,
            String payload, String coalesceKey) {
        Timestamp now = Timestamp.from(clock.instant());
        messages.add(new Object[] {channel, reference, recipient, subject, body, payload, now, coalesceKey});
    }

    /**
     * A transaction's messages go in one statement as it commits (a storm's notices are thousands). Of those alike
     * (one coalescing key of one reference) the last is written, and one waiting already is updated to it rather than
     * followed by another. Updated, not left alone: the update locks the waiting message until this transaction
     * ends, so the outbox cannot claim and render it in between, from the resource as it was before this change.
     * Once committed, those alike are known to wait ({@link WaitingMessages}): the next change owing one writes
     * nothing.
     */
    private void write(List<Object[]> rows) {
        Map<List<Object>, Object[]> alike = new LinkedHashMap<>();
        List<Object[]> distinct = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (row[7] == null) {
                distinct.add(row);
            } else {
                alike.put(List.of(row[1], row[7]), row);
            }
        }
        distinct.addAll(alike.values());
        long position = waiting.position();
        jdbc.update(INSERT, column(distinct, 0, "varchar"), column(distinct, 1, "varchar"),
                column(distinct, 2, "varchar"), column(distinct, 3, "varchar"), column(distinct, 4, "text"),
                column(distinct, 5, "text"), column(distinct, 6, "timestamptz"), column(distinct, 7, "varchar"));
        if (!alike.isEmpty()) {
            List<List<String>> keys = alike.keySet().stream()
                    .map(key -> List.of((String) key.get(0), (String) key.get(1))).toList();
            AfterCommit.run(() -> waiting.written(keys, position));
        }
        delivery.wakeUpAfterCommit();
    }


    private static SqlArrayValue column(List<Object[]> rows, int index, String type) {
        return new SqlArrayValue(type, rows.stream().map(row -> row[index]).toArray());
    }

    private String payload(Notice notice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", notice.reference());
        body.put("recipientName", notice.recipientName());
        body.put("email", notice.email());
        body.put("mobile", notice.mobile());
        body.put("subject", notice.subject());
        body.put("text", notice.text());
        body.put("data", notice.payload());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("notice payload is not serialisable", e);
        }
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getString("channel"), rs.getString("reference"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("state"), rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("sent_at")), rs.getString("last_error"));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
