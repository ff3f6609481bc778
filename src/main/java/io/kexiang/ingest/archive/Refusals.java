package io.kexiang.ingest.archive;

import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Refused and undecodable datagrams, counted per source and reason, and logged at most once a minute per source:
 * a misconfigured element sends thousands, and the log must still be readable.
 */
@Component
class Refusals {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);
    /** A flood of spoofed source addresses must not grow the tally without bound. */
    private static final int MAX_KEYS = 10_000;

    record Tally(String source, Outcome outcome, String reason, long count, Instant last) {
    }

    private record Key(String source, Outcome outcome, String reason) {
    }

    private static final class Count {
        final AtomicLong count = new AtomicLong();
        volatile Instant last;
    }

    private final Map<Key, Count> counts = new ConcurrentHashMap<>();
    private final Map<String, Long> loggedMinute = new ConcurrentHashMap<>();
    private final Clock clock;

    Refusals(Clock clock) {
        this.clock = clock;
    }

    void record(ReceivedEvent event) {
        Key key = new Key(event.sourceAddress(), event.outcome(), event.reason());
        if (!counts.containsKey(key) && counts.size() >= MAX_KEYS) {
            key = new Key("(other sources)", event.outcome(), event.reason());
        }
        Count count = counts.computeIfAbsent(key, k -> new Count());
        long total = count.count.incrementAndGet();
        count.last = event.receivedAt();
        long minute = clock.millis() / 60_000;
        Long previous = loggedMinute.put(key.source(), minute);
        if (previous == null || previous != minute) {
            log.warn("{} from {}: {} ({} so far for this reason)", event.outcome(), key.source(), event.reason(),
                    total);
        }
    }

    List<Tally> tallies() {
        return counts.entrySet().stream()
                .map(e -> new Tally(e.getKey().source(), e.getKey().outcome(), e.getKey().reason(),
                        e.getValue().count.get(), e.getValue().last))
                .sorted(Comparator.comparingLong(Tally::count).reversed()).toList();
    }
}
