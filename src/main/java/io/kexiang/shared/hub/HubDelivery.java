package io.kexiang.shared.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers owed notifications to listeners: claims due ones (a lease, so that two instances never send the same
 * one), posts them on a small pool, and on failure waits longer each time before the next try. A listener that is
 * down only delays its own notifications.
 */
@Component
@EnableConfigurationProperties(HubSettings.class)
class HubDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HubDelivery.class);
    private static final int CLAIM = 200;

    private record Due(long id, String api, String callback, String eventType, long resourceId, Instant eventTime,
                       int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Map<String, HubPayload> payloads;
    private final HubSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final HttpClient http;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Semaphore inFlight;
    private ExecutorService senders;
    private Thread claimer;
    private volatile boolean running;

    HubDelivery(JdbcTemplate jdbc, TransactionTemplate transactions, List<HubPayload> payloads,
            HubSettings settings, ObjectMapper json, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.payloads = payloads.stream().collect(Collectors.toUnmodifiableMap(HubPayload::api,
                Function.identity()));
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.inFlight = new Semaphore(settings.senders() * 4);
    }

    /** Looks for work as soon as the current transaction commits, rather than at the next poll. */
    void wakeUpAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUp.release();
                }
            });
        } else {
            wakeUp.release();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        senders = Executors.newFixedThreadPool(settings.senders(), runnable -> {
            Thread thread = new Thread(runnable, "hub-sender");
            thread.setDaemon(true);
            return thread;
        });
        claimer = new Thread(this::claimLoop, "hub-claimer");
        claimer.setDaemon(true);
        claimer.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUp.release();
        senders.shutdown();
        try {
            claimer.join(5_000);
            senders.awaitTermination(settings.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void claimLoop() {
        while (running) {
            try {
                List<Due> claimed = claim();
                for (Due due : claimed) {
                    inFlight.acquire();
                    senders.execute(() -> {
                        try {
                            deliver(due);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
                if (claimed.size() < CLAIM) {
                    wakeUp.tryAcquire(1, TimeUnit.SECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Claiming hub notifications failed: {}", e.getMessage());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Due> claim() {
        Instant now = clock.instant();
        Instant lease = now.plus(settings.timeout().multipliedBy(3));
        return jdbc.query("""
                update hub_notification n set next_attempt_at = ?
                from hub_subscription s
                where n.subscription_id = s.id and n.id in (
                    select id from hub_notification
                    where delivered_at is null and failed_at is null and next_attempt_at <= ?
                    order by id limit ? for update skip locked)
                returning n.id, n.api, s.callback, n.event_type, n.resource_id, n.event_time, n.attempts""",
                (rs, row) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getInt(7)), Timestamp.from(lease),
                Timestamp.from(now), CLAIM);
    }

    private void deliver(Due due) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(due.callback())).timeout(settings.timeout())
                    .header("Content-Type", "application/json;charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(payload(due))).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                jdbc.update("update hub_notification set delivered_at = ?, attempts = attempts + 1, "
                        + "last_error = null where id = ?", Timestamp.from(clock.instant()), due.id());
                meters.counter("kexiang.alarm.hub.delivered").increment();
            } else {
                failed(due, "HTTP " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failed(due, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private String payload(Due due) throws JsonProcessingException {
        HubPayload payload = payloads.get(due.api());
        Map<String, Object> resource = readOnly.execute(status -> payload.render(due.resourceId()));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", String.valueOf(due.id()));
        event.put("eventTime", due.eventTime().toString());
        event.put("eventType", due.eventType());
        event.put("event", Map.of(payload.resource(), resource));
        return json.writeValueAsString(event);
    }

    private void failed(Due due, String error) {
        int attempts = due.attempts() + 1;
        meters.counter("kexiang.alarm.hub.failures").increment();
        String reason = error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= settings.maxAttempts()) {
            jdbc.update("update hub_notification set attempts = ?, failed_at = ?, last_error = ? where id = ?",
                    attempts, Timestamp.from(clock.instant()), reason, due.id());
            log.warn("Notification {} to {} given up after {} attempts: {}", due.id(), due.callback(), attempts,
                    reason);
            return;
        }
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(settings.maxRetry()) > 0) {
            wait = settings.maxRetry();
        }
        jdbc.update("update hub_notification set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                attempts, Timestamp.from(clock.instant().plus(wait)), reason, due.id());
    }
}
