package io.kexiang.outbox.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages leave ({@code kexiang.outbox.*}): one back-off for every channel.
 *
 * @param firstRetry the wait after a first failed attempt; it doubles up to {@code maxRetry}
 * @param maxAttempts after this many failed attempts a message is given up (and stays visible as failed)
 * @param senders messages in flight at once, across channels and recipients
 * @param lease how long a claimed message is not claimed again (by this or another instance) while it is sent
 * @param poll how often due messages are looked for when no new one woke the sender up
 * @param deliver whether this instance sends at all (tests turn it off where another context's mail server
 *                would take their messages)
 * @param listenerRate events a second to one hub listener at most (0: no limit). A listener's waiting events alike
 *                     are one, rendered when sent: a paced listener hears of every change's latest state, later,
 *                     and a storm's notifications take a share of the node, not all of it
 * @param busyListenerRate events a second to one hub listener at most while the intake is behind (more than
 *                         {@code intakeBusyAbove} events received and not yet archived): a listener's events are
 *                         coalesced and lose nothing by waiting, received traps have no second chance. 0: never slowed
 * @param intakeBusyAbove events waiting in the intake's queues above which it counts as behind
 * @param coalesceInMemory whether this instance remembers which coalescing messages wait unclaimed, so that a change
 *                         owing one again writes nothing (see {@link WaitingMessages}). Only right where this instance
 *                         alone sends from its database: set it false where another instance delivers too (cluster
 *                         mode turns it off by itself)
 */
@ConfigurationProperties("kexiang.outbox")
record OutboxSettings(@DefaultValue("10s") Duration firstRetry, @DefaultValue("30m") Duration maxRetry,
                      @DefaultValue("10") int maxAttempts, @DefaultValue("4") int senders,
                      @DefaultValue("2m") Duration lease, @DefaultValue("1s") Duration poll,
                      @DefaultValue("true") boolean deliver, @DefaultValue("200") int listenerRate,
                      @DefaultValue("20") int busyListenerRate, @DefaultValue("5000") int intakeBusyAbove,
                      @DefaultValue("true") boolean coalesceInMemory) {

    /** Events a second to one listener now. */
    int listenerRate(boolean intakeBehind) {
        if (!intakeBehind || busyListenerRate <= 0) {
            return listenerRate;
        }
        return listenerRate > 0 ? Math.min(busyListenerRate, listenerRate) : busyListenerRate;
    }

    Duration backoff(int failedAttempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
