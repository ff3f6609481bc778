package io.kexiang.ingest.heartbeat;

import io.kexiang.ingest.ArchivedEvent;
import io.kexiang.ingest.ArchivedEventHandler;
import io.kexiang.ingest.archive.IngestQueue;
import io.kexiang.ingest.archive.Outcome;
import io.kexiang.ingest.archive.ReceivedEvent;
import io.kexiang.ingest.archive.Varbind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the heartbeats of the configured NMS platforms. A silent NMS is an alarm of its own (its lost heartbeat
 * means its alarms are lost too), raised and cleared as events of their own through the normal pipeline
 * ({@code rules/kexiang-nms.yaml}), so that they are archived, reduced and shown like any other.
 */
@Component
@EnableConfigurationProperties(NmsHeartbeats.Settings.class)
class NmsHeartbeats implements ArchivedEventHandler {

    @ConfigurationProperties("kexiang.ingest")
    record Settings(@DefaultValue List<NmsHeartbeatSettings> nmsHeartbeats) {
    }

    private static final Logger log = LoggerFactory.getLogger(NmsHeartbeats.class);

    private final Map<String, NmsHeartbeatSettings> bySource;
    private final Map<String, Instant> lastBeat = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lost = new ConcurrentHashMap<>();
    private final IngestQueue queue;
    private final Clock clock;

    NmsHeartbeats(Settings settings, IngestQueue queue, Clock clock) {
        this.bySource = settings.nmsHeartbeats().stream()
                .collect(Collectors.toUnmodifiableMap(NmsHeartbeatSettings::source, Function.identity()));
        this.queue = queue;
        this.clock = clock;
        // Every NMS gets its full allowance from start-up before it counts as silent.
        bySource.keySet().forEach(source -> lastBeat.put(source, clock.instant()));
    }

    /** Runs on the archive writer: only notes the beat; the checker thread does the rest. */
    @Override
    public void handle(List<ArchivedEvent> events) {
        if (bySource.isEmpty()) {
            return;
        }
        for (ArchivedEvent archived : events) {
            NmsHeartbeatSettings nms = bySource.get(archived.event().sourceAddress());
            if (nms != null && nms.notification().equals(archived.event().notification())) {
                lastBeat.put(nms.source(), archived.event().receivedTime());
            }
        }
    }

    @Scheduled(fixedDelayString = "${kexiang.ingest.nms-heartbeat-check:5s}")
    void check() throws InterruptedException {
        Instant now = clock.instant();
        for (NmsHeartbeatSettings nms : bySource.values()) {
            Instant last = lastBeat.get(nms.source());
            boolean silent = last.plus(nms.allowance()).isBefore(now);
            boolean wasLost = lost.getOrDefault(nms.source(), false);
            if (silent && !wasLost) {
                log.warn("NMS {} ({}): no heartbeat since {}", nms.name(), nms.source(), last);
                queue.put(event(nms, "heartbeatLost", last, now));
                lost.put(nms.source(), true);
            } else if (!silent && wasLost) {
                log.info("NMS {} ({}): heartbeat again at {}", nms.name(), nms.source(), last);
                queue.put(event(nms, "heartbeatRestored", last, now));
                lost.put(nms.source(), false);
            }
        }
    }

    private static ReceivedEvent event(NmsHeartbeatSettings nms, String what, Instant last, Instant now) {
        List<Varbind> fields = List.of(new Varbind("nms", "TEXT", nms.name(), null),
                new Varbind("lastHeartbeat", "TEXT", last.toString(), null),
                new Varbind("interval", "TEXT", nms.interval().toString(), null));
        byte[] raw = (what + " " + nms.name() + " " + nms.source() + " last " + last)
                .getBytes(StandardCharsets.UTF_8);
        return new ReceivedEvent(now, "internal", nms.source(), null, null, "HEARTBEAT", "KEXIANG-NMS::" + what,
                nms.name(), fields, raw, Outcome.ACCEPTED, null, null);
    }
}
