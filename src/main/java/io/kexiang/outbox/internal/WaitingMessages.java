package io.kexiang.outbox.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The coalescing messages this instance knows to be waiting in the outbox (committed, pending, not yet claimed), so
 * that a change owing one of them again writes nothing: under an alarm storm a hub listener is owed an event for every
 * alarm change, and all but the first of those alike are absorbed by the one waiting, which is rendered from the
 * resource as it is when sent.
 *
 * <p>What makes skipping the write safe is that the waiting message is not rendered before the skipping transaction
 * has ended: a transaction that skips registers as a writer of the message until it completes, and the sender, having
 * claimed the message (which takes it out of this register at once, so no later transaction skips on it), waits for
 * those writers before rendering. Their payload (the event's time) replaces the one stored.
 *
 * <p>Only this instance's sender is told of claims, so the register is on only where this instance alone delivers
 * (not in cluster mode; {@code kexiang.outbox.coalesce-in-memory=false} where another instance sends from the same
 * database). Whatever it does not know (after a restart, a claim it could not rule out) it leaves to the database's
 * coalescing, which is exact on its own.
 */
@Component
class WaitingMessages {

    private static final Logger log = LoggerFactory.getLogger(WaitingMessages.class);
    private static final int MAX_KNOWN = 200_000;
    private static final long SETTLE_TIMEOUT_MILLIS = 60_000;

    /** One waiting message, with the transactions that skipped writing it and have not ended yet. */
    static final class Waiting {
        private int writers;
        private String latest;
    }

    private final boolean enabled;
    private final Map<List<String>, Waiting> known = new HashMap<>();
    /** Claims taken out of the register so far: a write may be registered only if none came since it was made. */
    private long claims;

    @Autowired
    WaitingMessages(OutboxSettings settings, @Value("${kexiang.cluster.kafka.enabled:false}") boolean cluster) {
        this(settings.coalesceInMemory() && settings.deliver() && !cluster);
        if (settings.coalesceInMemory() && settings.deliver() && cluster) {
            log.info("Waiting outbox messages are coalesced by the database alone: in cluster mode every node sends");
        }
    }

    WaitingMessages(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * Whether the message owed is waiting already; if so, the current transaction is its writer until it ends, and its
     * payload is the one sent if it commits. Without a transaction nothing is skipped.
     */
    boolean absorb(String reference, String coalesceKey, String payload) {
        if (!enabled || coalesceKey == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        Waiting waiting;
        synchronized (this) {
            waiting = known.get(List.of(reference, coalesceKey));
            if (waiting == null) {
                return false;
            }
            waiting.writers++;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                synchronized (WaitingMessages.this) {
                    if (status == STATUS_COMMITTED) {
                        waiting.latest = payload;
                    }
                    waiting.writers--;
                    WaitingMessages.this.notifyAll();
                }
            }
        });
        return true;
    }

    /** The position before a write: {@link #written} registers what was written only if no claim came since. */
    synchronized long position() {
        return claims;
    }

    /**
     * Messages written (committed, or written without a transaction) that wait for their claim. Not registered if any
     * message was claimed since {@code position}: the claim may have been of one of these, ahead of this call.
     */
    void written(List<List<String>> referenceAndKeys, long position) {
        if (!enabled) {
            return;
        }
        synchronized (this) {
            if (claims != position || known.size() + referenceAndKeys.size() > MAX_KNOWN) {
                return;
            }
            referenceAndKeys.forEach(key -> known.putIfAbsent(key, new Waiting()));
        }
    }

    /**
     * A message claimed (already committed as claimed): no transaction skips on it from now on. The result, given to
     * {@link #settle} before rendering, stands for the transactions that skipped it so far.
     */
    synchronized Waiting claimed(String reference, String coalesceKey) {
        claims++;
        return coalesceKey == null ? null : known.remove(List.of(reference, coalesceKey));
    }

    /** Waits until the message's skipping transactions have ended; the payload of the last to commit, or null. */
    String settle(Waiting waiting) {
        if (waiting == null) {
            return null;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_TIMEOUT_MILLIS);
        synchronized (this) {
            while (waiting.writers > 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    log.warn("A message's writers had not ended after {} ms; it is sent as it stands",
                            SETTLE_TIMEOUT_MILLIS);
                    break;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return waiting.latest;
        }
    }

    /** The messages of this reference are cancelled: none of them waits any more. */
    synchronized void forget(String reference) {
        known.keySet().removeIf(key -> key.get(0).equals(reference));
    }

    synchronized int size() {
        return known.size();
    }
}
