package io.kexiang.notification.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands due deliveries to their channel's route ({@code routes/notice-email}, {@code routes/notice-webhook}). The
 * row stays locked ({@code FOR UPDATE SKIP LOCKED}) while its route runs, so no two instances send it; a failure is
 * recorded and retried later with a doubling wait, and never holds up another delivery.
 */
@Component
class DeliveryScan {

    private static final Logger log = LoggerFactory.getLogger(DeliveryScan.class);
    private static final int BATCH = 20;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProducerTemplate routes;
    private final DeliverySettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    DeliveryScan(JdbcTemplate jdbc, TransactionTemplate transactions, ProducerTemplate routes,
            DeliverySettings settings, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.routes = routes;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        meters.gauge("kexiang.notification.pending", jdbc,
                db -> db.queryForObject("select count(*) from notice_delivery where state = 'pending'", Long.class));
    }

    @Scheduled(fixedDelayString = "${kexiang.notification.scan-interval:1s}")
    void scan() {
        if (!routes.getCamelContext().isStarted()) {
            // Starting or stopping: the channels' routes cannot take a notice now, and that is no failure of it.
            return;
        }
        Integer done;
        do {
            done = transactions.execute(status -> deliverDue());
        } while (done != null && done == BATCH);
    }

    private int deliverDue() {
        Instant now = clock.instant();
        List<Delivery> due = jdbc.query("""
                select id, channel, recipient, subject, body, payload::text as payload, attempts from notice_delivery
                where state = 'pending' and next_attempt_at <= ? order by next_attempt_at limit ?
                for update skip locked""", (rs, row) -> new Delivery(rs.getLong("id"), rs.getString("channel"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("payload"),
                rs.getInt("attempts")), Timestamp.from(now), BATCH);
        due.forEach(delivery -> attempt(delivery, now));
        return due.size();
    }

    private void attempt(Delivery delivery, Instant now) {
        int attempt = delivery.attempts() + 1;
        try {
            send(delivery);
            jdbc.update("update notice_delivery set state = 'sent', attempts = ?, sent_at = ?, last_error = null "
                    + "where id = ?", attempt, Timestamp.from(now), delivery.id());
            record(delivery.id(), attempt, now, "sent", null);
            meters.counter("kexiang.notification.deliveries", "channel", delivery.channel(), "outcome", "sent")
                    .increment();
        } catch (RuntimeException e) {
            String error = rootMessage(e);
            boolean givenUp = attempt >= settings.maxAttempts();
            jdbc.update("update notice_delivery set state = ?, attempts = ?, next_attempt_at = ?, last_error = ? "
                    + "where id = ?", givenUp ? "failed" : "pending", attempt,
                    Timestamp.from(now.plus(settings.backoff(attempt))), error, delivery.id());
            record(delivery.id(), attempt, now, "failed", error);
            meters.counter("kexiang.notification.deliveries", "channel", delivery.channel(), "outcome",
                    givenUp ? "given_up" : "retry").increment();
            log.warn("Delivery {} by {} to {} failed (attempt {}{}): {}", delivery.id(), delivery.channel(),
                    delivery.recipient(), attempt, givenUp ? ", given up" : "", error);
        }
    }

    private void send(Delivery delivery) {
        if (delivery.channel().equals("email")) {
            routes.sendBodyAndHeaders("direct:notice-email", delivery.body(),
                    Map.of("To", delivery.recipient(), "Subject", delivery.subject()));
        } else {
            routes.sendBody("direct:notice-webhook", delivery.payload());
        }
    }

    private void record(long id, int attempt, Instant at, String outcome, String error) {
        jdbc.update("insert into notice_attempt (delivery_id, attempt, at, outcome, error) values (?, ?, ?, ?, ?)",
                id, attempt, Timestamp.from(at), outcome, error);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private record Delivery(long id, String channel, String recipient, String subject, String body, String payload,
                            int attempts) {
    }
}
