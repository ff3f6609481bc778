package io.kexiang.outbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.kexiang.outbox.OutboxBodies;
import io.kexiang.support.ApplicationIT;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's sender with settings of the test's own (not the application's, which does not deliver in tests).
 * A stopping instance gives back what it claimed and did not send. With the waiting register on (this test's own
 * outbox and sender, not the application's, which does not deliver in tests), a change that skipped writing a waiting
 * message brought its payload in memory only: what is given back must carry it, or the listener is later told the
 * older event's time.
 */
class OutboxGiveBackIT extends ApplicationIT {

    private static final String CALLBACK = "http://127.0.0.1:9/give-back-listener";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private Clock clock;
    @Autowired
    private ChannelSettings channels;
    @Autowired
    private OutboxSettings settings;
    @Autowired
    private ProducerTemplate routes;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aMessageGivenBackUnsentKeepsThePayloadOfTheChangeThatSkippedWritingIt() {
        WaitingMessages waiting = new WaitingMessages(true);
        OutboxDelivery delivery = new OutboxDelivery(jdbc, routes, settings, clock, meters, List.of(), waiting,
                List.of());
        JdbcOutbox outbox = new JdbcOutbox(jdbc, json, clock, channels, delivery, waiting, meters);
        String reference = unique("hub-subscription:give-back-");
        String first = "{\"eventTime\":\"2026-12-03T08:00:00Z\"}";
        String later = "{\"eventTime\":\"2026-12-03T08:00:05Z\"}";

        transactions.executeWithoutResult(status -> outbox.callback(reference, CALLBACK,
                "AlarmStateChangeEvent", first, "alarm:1"));
        transactions.executeWithoutResult(status -> outbox.callback(reference, CALLBACK,
                "AlarmStateChangeEvent", later, "alarm:1"));
        long id = jdbc.queryForObject("select id from outbox_message where reference = ?", Long.class, reference);
        Timestamp dueAt = jdbc.queryForObject("select next_attempt_at from outbox_message where id = ?",
                Timestamp.class, id);
        assertThat(payload(id)).as("the later change skipped writing: the message waits unclaimed")
                .contains("08:00:00");

        // Claimed (as the claim statement does: leased a minute ahead), then the instance stops before sending.
        jdbc.update("update outbox_message set next_attempt_at = ?, coalesce_key = null where id = ?",
                Timestamp.from(Instant.now().plusSeconds(60)), id);
        OutboxDelivery.Due claimed = new OutboxDelivery.Due(id, "hub", reference, CALLBACK, "AlarmStateChangeEvent",
                null, first, 0, dueAt, waiting.claimed(reference, "alarm:1"));
        delivery.giveBack(List.of(claimed));

        assertThat(payload(id)).as("given back with the later change's event time").contains("08:00:05");
        assertThat(jdbc.queryForObject("select next_attempt_at from outbox_message where id = ?", Timestamp.class,
                id)).as("due again as it was").isEqualTo(dueAt);
        jdbc.update("update outbox_message set state = 'cancelled' where id = ?", id);
    }

    @Test
    void thePendingGaugeCountsTheWaitingMessagesOfEveryChannel() {
        OutboxDelivery delivery = new OutboxDelivery(jdbc, routes, settings, clock, meters, List.of(),
                new WaitingMessages(true), List.of());
        String reference = unique("pending-");
        for (String channel : List.of("hub", "post", "email", "webhook")) {
            jdbc.update("""
                    insert into outbox_message (channel, reference, recipient, subject, body, payload, state,
                        next_attempt_at, created_at)
                    values (?, ?, 'someone', 's', 'b', '{}'::jsonb, 'pending', now(), now())""", channel, reference);
        }

        assertThat(delivery.pending()).isEqualTo(jdbc.queryForObject(
                "select count(*) from outbox_message where state = 'pending'", Long.class).doubleValue())
                .isGreaterThanOrEqualTo(4);
        // Not for anyone: no test context that delivers is to try them.
        jdbc.update("update outbox_message set state = 'cancelled' where reference = ?", reference);
    }

    /**
     * A hub listener's or post target's messages go a batch at a time, and none is claimed for it while its batch is
     * being sent; when the batch is done, the rest of its backlog is claimed at once, not at the next poll (the poll
     * here is an hour). Before, a listener with a backlog was sent one batch per poll: at the default pace of 200 a
     * second, 100 events then up to a second of nothing, half the rate it was given.
     */
    @Test
    void aRecipientsBacklogIsClaimedAsSoonAsItsBatchIsSentNotAtTheNextPoll() throws Exception {
        AtomicInteger received = new AtomicInteger();
        HttpServer target = counting("/backlog", received);
        OutboxSettings hourlyPoll = new OutboxSettings(Duration.ofSeconds(10), Duration.ofMinutes(30), 10, 4,
                Duration.ofMinutes(2), Duration.ofHours(1), true, 0, 20, 5_000, true);
        OutboxDelivery delivery = new OutboxDelivery(jdbc, routes, hourlyPoll, clock, meters, List.of(),
                new WaitingMessages(false), List.of());
        String reference = unique("backlog-");
        String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/backlog";
        try {
            owe("post", reference, url, 250);
            delivery.start();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(received.get())
                    .as("the whole backlog, three batches, long before the hourly poll").isEqualTo(250));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select count(*) from outbox_message where reference = ? and state = 'sent'", Long.class,
                    reference)).isEqualTo(250));
        } finally {
            delivery.stop();
            target.stop(0);
            jdbc.update("update outbox_message set state = 'cancelled' where reference = ? and state = 'pending'",
                    reference);
        }
    }

    /**
     * While the intake is behind (more events waiting in its queues than {@code intake-busy-above}), a hub listener is
     * sent its events at the busy rate, here 10 a second against no limit otherwise; once the intake has caught up, the
     * rest go at once.
     */
    @Test
    void aListenerIsSentItsEventsSlowlyWhileTheIntakeIsBehind() throws Exception {
        AtomicInteger received = new AtomicInteger();
        HttpServer listener = counting("/paced", received);
        AtomicLong intakeWaiting = new AtomicLong(1_000);
        OutboxSettings busyPace = new OutboxSettings(Duration.ofSeconds(10), Duration.ofMinutes(30), 10, 4,
                Duration.ofMinutes(2), Duration.ofSeconds(1), true, 0, 10, 100, true);
        OutboxBodies bodies = new OutboxBodies() {
            @Override
            public String channel() {
                return "hub";
            }

            @Override
            public Map<Long, String> render(Map<Long, String> payloads) {
                Map<Long, String> rendered = new HashMap<>();
                payloads.keySet().forEach(id -> rendered.put(id, "{\"eventId\":\"" + id + "\"}"));
                return rendered;
            }
        };
        OutboxDelivery delivery = new OutboxDelivery(jdbc, routes, busyPace, clock, meters, List.of(bodies),
                new WaitingMessages(false), List.of(intakeWaiting::get));
        String reference = unique("hub-subscription:paced-");
        String url = "http://127.0.0.1:" + listener.getAddress().getPort() + "/paced";
        try {
            owe("hub", reference, url, 100);
            delivery.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> received.get() > 0);
            Thread.sleep(2_000);
            assertThat(received.get()).as("10 a second while the intake is behind").isBetween(1, 40);

            intakeWaiting.set(0);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(received.get())
                    .as("the rest once it has caught up").isEqualTo(100));
        } finally {
            delivery.stop();
            listener.stop(0);
            jdbc.update("update outbox_message set state = 'cancelled' where reference = ? and state = 'pending'",
                    reference);
        }
    }

    /** {@code count} messages due now by {@code channel} to {@code recipient}, in order. */
    private void owe(String channel, String reference, String recipient, int count) {
        jdbc.update("""
                insert into outbox_message (channel, reference, recipient, subject, body, payload, state,
                    next_attempt_at, created_at)
                select ?, ?, ?, 'message ' || n, null, jsonb_build_object('n', n), 'pending', now(), now()
                from generate_series(1, ?) n""", channel, reference, recipient, count);
    }

    /** An HTTP endpoint on this machine that takes every POST to {@code path} and counts it. */
    private static HttpServer counting(String path, AtomicInteger received) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext(path, exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private String payload(long id) {
        return jdbc.queryForObject("select payload::text from outbox_message where id = ?", String.class, id);
    }
}
