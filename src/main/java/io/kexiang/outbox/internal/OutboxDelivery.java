package io.kexiang.outbox.internal;

import io.kexiang.outbox.OutboxBodies;
import io.kexiang.shared.IntakeBacklog;
import io.kexiang.shared.database.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Sends due messages through their channel's route ({@code direct:outbox-email}, {@code -webhook}, {@code -hub},
 * {@code -post}).
 * A claim is a lease ({@code FOR UPDATE SKIP LOCKED}, then a later {@code next_attempt_at}), so no two instances
 * send one message, and no row stays locked while a slow server answers. Messages go out on a small pool (each hub
 * listener's in the order they were written); a failure is recorded with its error and retried after a doubling
 * wait.
 */
@Component
class OutboxDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int CLAIM = 100;
    private static final long PENDING_MAX_AGE_NANOS = 30_000_000_000L;

    /** A claim: messages due, in order, leased (and no longer standing for later ones alike). */
    private static final String CLAIM_SQL = """
            with due as (select id, next_attempt_at, coalesce_key from outbox_message where state = 'pending' and %s
                         order by next_attempt_at, id limit ? for update skip locked)
            update outbox_message m set next_attempt_at = ?, coalesce_key = null from due where m.id = due.id
            returning m.id, m.channel, m.reference, m.recipient, m.subject, m.body, m.payload::text, m.attempts,
                      due.next_attempt_at, due.coalesce_key""";

    /**
     * A claimed message; {@code dueAt} is when it was due, to give it back unsent if this instance stops;
     * {@code absorbed} the changes that skipped writing it (see {@link WaitingMessages}), settled before rendering.
     */
    record Due(long id, String channel, String reference, String recipient, String subject, String body,
                       String payload, int attempts, Timestamp dueAt, WaitingMessages.Waiting absorbed) {

        Due settled(WaitingMessages waiting) {
            String latest = waiting.settle(absorbed);
            return latest == null ? this
                    : new Due(id, channel, reference, recipient, subject, body, latest, attempts, dueAt, null);
        }
    }

    private final JdbcTemplate jdbc;
    private final List<IntakeBacklog> intake;
    private final Counter slowed;
    private final WaitingMessages waiting;
    private final Map<String, OutboxBodies> bodies;
    /** Hub listeners and post targets with a batch being sent: none is claimed for them until it is done. */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final ProducerTemplate routes;
    private final OutboxSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Semaphore inFlight;
    private ExecutorService senders;
    private Thread claimer;
    private volatile boolean running;
    private volatile long pending;
    private volatile long pendingCountedAt = System.nanoTime() - PENDING_MAX_AGE_NANOS;

    OutboxDelivery(JdbcTemplate jdbc, ProducerTemplate routes, OutboxSettings settings, Clock clock,
            MeterRegistry meters, List<OutboxBodies> bodies, WaitingMessages waiting, List<IntakeBacklog> intake) {
        this.jdbc = jdbc;
        this.intake = List.copyOf(intake);
        this.slowed = Counter.builder("kexiang.outbox.listener.slowed")
                .description("Hub events sent at the busy rate because the intake was behind")
                .register(meters);
        this.waiting = waiting;
        this.bodies = bodies.stream().collect(Collectors.toMap(OutboxBodies::channel, Function.identity()));
        this.routes = routes;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        this.inFlight = new Semaphore(settings.senders() * 2);
        // Counted at most every few seconds, not at every scrape: under a hub listener's load the table holds
        // hundreds of thousands of rows, and a count each scrape cost the intake (bench/run's statement profile).
        meters.gauge("kexiang.outbox.pending", this, OutboxDelivery::pending);
    }

    /**
     * The messages waiting, as counted at most 30 s ago (a scrape interval). Counted in two parts, each its claim's
     * partial index: a count of {@code state = 'pending'} alone matches neither index and read the whole table, every
     * message ever sent (150 ms in a burst).
     */
    synchronized double pending() {
        if (System.nanoTime() - pendingCountedAt >= PENDING_MAX_AGE_NANOS) {
            pending = jdbc.queryForObject("""
                    select (select count(*) from outbox_message
                            where state = 'pending' and channel in ('hub', 'post'))
                         + (select count(*) from outbox_message
                            where state = 'pending' and channel not in ('hub', 'post'))""", Long.class);
            pendingCountedAt = System.nanoTime();
        }
        return pending;
    }

    /** Looks for work as soon as the current transaction commits, rather than at the next poll. */
    void wakeUpAfterCommit() {
        AfterCommit.run(wakeUp::release);
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!settings.deliver()) {
            log.info("Outbox delivery is off on this instance (kexiang.outbox.deliver=false)");
            return;
        }
        senders = Executors.newFixedThreadPool(settings.senders(), runnable -> {
            Thread thread = new Thread(runnable, "outbox-sender");
            thread.setDaemon(true);
            return thread;
        });
        claimer = new Thread(this::claimLoop, "outbox-claimer");
        claimer.setDaemon(true);
        claimer.start();
    }

    /**
     * Before Camel stops (a higher phase stops first): the claimer stops claiming and hands over what it holds, then
     * the messages in flight finish on running routes. What could not be handed over is given back as it was due,
     * not left leased.
     */
    @Override
    public synchronized void stop() {
        running = false;
        wakeUp.release();
        if (senders == null) {
            return;
        }
        try {
            claimer.join(10_000);
            senders.shutdown();
            senders.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void claimLoop() {
        while (running) {
            try {
                List<Due> claimed = routes.getCamelContext().isStarted() ? claim() : List.of();
                // A hub listener's events go one after another, in the order they were written: it hears of an
                // alarm's creation before its clearing. Notices to people go side by side, so that a flood of
                // escalation mails to a few managers does not queue behind itself.
                // A recipient's batch is sent by one sender and none of its messages is claimed meanwhile: the next
                // batch cannot overtake it.
                Map<String, List<Due>> byRecipient = new LinkedHashMap<>();
                claimed.forEach(due -> byRecipient.computeIfAbsent(inOrder(due) ? due.recipient()
                        : "message " + due.id(), key -> new ArrayList<>()).add(due));
                for (Map.Entry<String, List<Due>> recipient : byRecipient.entrySet()) {
                    List<Due> inOrder = recipient.getValue();
                    if (!running) {
                        giveBack(inOrder);
                        continue;
                    }
                    inFlight.acquire();
                    busy.add(recipient.getKey());
                    try {
                        senders.execute(() -> {
                            try {
                                attemptAll(inOrder);
                            } finally {
                                busy.remove(recipient.getKey());
                                inFlight.release();
                                // The recipient's next batch is due now, not at the next poll: a paced listener with
                                // a backlog got a batch a poll, half the rate it is given.
                                wakeUp.release();
                            }
                        });
                    } catch (RejectedExecutionException stopping) {
                        busy.remove(recipient.getKey());
                        inFlight.release();
                        giveBack(inOrder);
                    }
                }
                if (claimed.size() < CLAIM) {
                    wakeUp.tryAcquire(settings.poll().toMillis(), TimeUnit.MILLISECONDS);
                    // Under a flood of changes every commit wakes the claimer: a claim at most every 50 ms, not one
                    // per commit (each walks the waiting messages of listeners busy being sent to).
                    Thread.sleep(50);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Claiming outbox messages failed: {}", e.getMessage());
                pause();
            }
        }
    }

    /** A hub listener's events, a post target's documents: in the order they were written. */
    private static boolean inOrder(Due due) {
        return due.channel().equals("hub") || due.channel().equals("post");
    }

    private List<Due> claim() {
        Instant now = clock.instant();
        Timestamp due = Timestamp.from(now);
        Timestamp lease = Timestamp.from(now.plus(settings.lease()));
        List<Due> claimed = new ArrayList<>(jdbc.query(CLAIM_SQL.formatted("""
                channel not in ('hub', 'post') and next_attempt_at <= ?"""), this::due, due, CLAIM, lease));
        for (String recipient : recipientsInOrder()) {
            if (!busy.contains(recipient)) {
                claimed.addAll(jdbc.query(CLAIM_SQL.formatted("""
                        channel in ('hub', 'post') and recipient = ? and next_attempt_at <= ?"""), this::due,
                        recipient, due, CLAIM, lease));
            }
        }
        return claimed;
    }

    /** A claimed row (the claim is committed): from now on no change skips writing it. */
    private Due due(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String reference = rs.getString(3);
        return new Due(rs.getLong(1), rs.getString(2), reference, rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getInt(8), rs.getTimestamp(9), waiting.claimed(reference, rs.getString(10)));
    }

    /** Hub listeners and post targets with messages waiting: one index probe each (a skip scan). */
    private List<String> recipientsInOrder() {
        return jdbc.queryForList("""
                with recursive r (recipient) as (
                    (select recipient from outbox_message where state = 'pending' and channel in ('hub', 'post')
                     order by recipient limit 1)
                    union all
                    select (select m.recipient from outbox_message m
                            where m.state = 'pending' and m.channel in ('hub', 'post') and m.recipient > r.recipient
                            order by m.recipient limit 1)
                    from r where r.recipient is not null)
                select recipient from r where recipient is not null""", String.class);
    }

    /**
     * Messages claimed but not sent (the instance is stopping) are due again as they were, for another to send, with
     * the payload of the last change that skipped writing them: it is held nowhere else.
     */
    void giveBack(List<Due> unsent) {
        for (Due due : unsent) {
            jdbc.update("update outbox_message set next_attempt_at = ?, payload = ?::jsonb where id = ? "
                    + "and state = 'pending'", due.dueAt(), due.settled(waiting).payload(), due.id());
        }
    }

    /**
     * Sends the messages one after another; those sent are marked so together, in two statements, rather than two
     * commits each (a hub listener's events come by the hundred). A crash before the marking sends them again: a
     * listener is told twice rather than not at all.
     */
    private void attemptAll(List<Due> claimed) {
        List<Due> inOrder = claimed.stream().map(due -> due.settled(waiting)).toList();
        List<Long> sent = new ArrayList<>(inOrder.size());
        List<Integer> attempts = new ArrayList<>(inOrder.size());
        List<Timestamp> times = new ArrayList<>(inOrder.size());
        Map<Long, String> rendered = rendered(inOrder);
        boolean hub = inOrder.get(0).channel().equals("hub");
        long next = System.nanoTime();
        for (int i = 0; i < inOrder.size(); i++) {
            Due due = inOrder.get(i);
            if (hub) {
                int rate = settings.listenerRate(intakeBehind());
                if (rate > 0) {
                    pace(next);
                    next += 1_000_000_000L / rate;
                    if (rate != settings.listenerRate()) {
                        slowed.increment();
                    }
                }
            }
            int attempt = due.attempts() + 1;
            Instant now = clock.instant();
            try {
                send(due, rendered.get(due.id()));
                sent.add(due.id());
                attempts.add(attempt);
                times.add(Timestamp.from(now));
                meters.counter("kexiang.outbox.deliveries", "channel", due.channel(), "outcome", "sent").increment();
            } catch (RuntimeException e) {
                failed(due, attempt, now, rootMessage(e));
            }
        }
        if (!sent.isEmpty()) {
            markSent(sent, attempts, times);
        }
    }

    /** The channel's bodies rendered for the whole batch, where it has a renderer; what is missing is rendered on its own. */
    private Map<Long, String> rendered(List<Due> batch) {
        OutboxBodies renderer = bodies.get(batch.get(0).channel());
        if (renderer == null) {
            return Map.of();
        }
        Map<Long, String> payloads = new LinkedHashMap<>();
        batch.forEach(due -> payloads.put(due.id(), due.payload()));
        try {
            return renderer.render(payloads);
        } catch (RuntimeException e) {
            log.warn("Rendering {} {} messages together failed ({}); each is rendered on its own", batch.size(),
                    batch.get(0).channel(), e.getMessage());
            return Map.of();
        }
    }

    /** Whether more events wait in the intake's queues than {@code intake-busy-above}: the intake comes first. */
    private boolean intakeBehind() {
        long waiting = 0;
        for (IntakeBacklog backlog : intake) {
            waiting += backlog.waiting();
        }
        return waiting > settings.intakeBusyAbove();
    }

    private static void pace(long due) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void markSent(List<Long> ids, List<Integer> attempts, List<Timestamp> times) {
        SqlArrayValue idArray = new SqlArrayValue("bigint", ids.toArray());
        SqlArrayValue attemptArray = new SqlArrayValue("integer", attempts.toArray());
        SqlArrayValue timeArray = new SqlArrayValue("timestamptz", times.toArray());
        jdbc.update("""
                update outbox_message m set state = 'sent', attempts = s.attempt, sent_at = ?, last_error = null
                from unnest(?, ?) as s(id, attempt) where m.id = s.id""", Timestamp.from(clock.instant()), idArray,
                attemptArray);
        jdbc.update("""
                insert into outbox_attempt (message_id, attempt, at, outcome, error)
                select id, attempt, at, 'sent', null from unnest(?, ?, ?) as s(id, attempt, at)
                on conflict do nothing""", idArray, attemptArray, timeArray);
    }

    private void send(Due due, String rendered) {
        switch (due.channel()) {
            case "email" -> routes.sendBodyAndHeaders("direct:outbox-email", due.body(),
                    Map.of("To", due.recipient(), "Subject", due.subject()));
            case "webhook" -> routes.sendBody("direct:outbox-webhook", due.payload());
            case "hub" -> {
                Map<String, Object> headers = new HashMap<>(Map.of("KexiangCallback", due.recipient(),
                        "KexiangMessageId", String.valueOf(due.id())));
                if (rendered != null) {
                    headers.put("KexiangBody", rendered);
                }
                routes.sendBodyAndHeaders("direct:outbox-hub", due.payload(), headers);
            }
            case "post" -> routes.sendBodyAndHeaders("direct:outbox-post", due.payload(),
                    Map.of("KexiangTarget", due.recipient()));
            default -> throw new IllegalStateException("no route for channel " + due.channel());
        }
    }

    private void failed(Due due, int attempt, Instant now, String error) {
        boolean givenUp = attempt >= settings.maxAttempts();
        try {
            // The payload too: a change that skipped writing this message may have brought a later one.
            jdbc.update("update outbox_message set state = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
                    + "payload = ?::jsonb where id = ? and state = 'pending'", givenUp ? "failed" : "pending",
                    attempt, Timestamp.from(now.plus(settings.backoff(attempt))), error, due.payload(), due.id());
            record(due.id(), attempt, now, "failed", error);
        } catch (RuntimeException e) {
            // The lease runs out and the message is tried again: it is not lost.
            log.warn("Could not record the failed attempt of message {}: {}", due.id(), e.getMessage());
        }
        meters.counter("kexiang.outbox.deliveries", "channel", due.channel(), "outcome",
                givenUp ? "given_up" : "retry").increment();
        log.warn("Message {} ({}) by {} to {} failed (attempt {}{}): {}", due.id(), due.reference(), due.channel(),
                due.recipient(), attempt, givenUp ? ", given up" : "", error);
    }

    private void record(long id, int attempt, Instant at, String outcome, String error) {
        jdbc.update("insert into outbox_attempt (message_id, attempt, at, outcome, error) values (?, ?, ?, ?, ?) "
                + "on conflict do nothing", id, attempt, Timestamp.from(at), outcome, error);
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
