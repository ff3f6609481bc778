package io.kexiang.ingest.heartbeat;

import io.kexiang.ingest.ArchivedEvent;
import io.kexiang.ingest.ArchivedEventHandler;
import io.kexiang.ingest.archive.Ingestion;
import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.ingest.received.Varbind;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the heartbeats of the configured NMS platforms. A silent NMS is an alarm of its own (its lost heartbeat
 * means its alarms are lost too), raised and cleared as events of their own through the normal pipeline
 * ({@code rules/kexiang-nms.yaml}), so that they are archived, reduced and shown like any other. The last beat and
 * whether the NMS counts as lost are kept in {@code nms_heartbeat}: a restart forgets neither, and of several
 * instances only the one holding an NMS's row raises or clears its alarm.
 */
@Component
@EnableConfigurationProperties(NmsHeartbeats.Settings.class)
class NmsHeartbeats implements ArchivedEventHandler {

    @ConfigurationProperties("kexiang.ingest")
    record Settings(@DefaultValue List<NmsHeartbeatSettings> nmsHeartbeats) {
    }

    private static final Logger log = LoggerFactory.getLogger(NmsHeartbeats.class);

    private final Map<String, NmsHeartbeatSettings> bySource;
    private final Ingestion queue;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    NmsHeartbeats(Settings settings, Ingestion queue, Clock clock, JdbcTemplate jdbc,
            TransactionTemplate transactions) {
        this.bySource = settings.nmsHeartbeats().stream()
                .collect(Collectors.toUnmodifiableMap(NmsHeartbeatSettings::source, Function.identity()));
        this.queue = queue;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transactions = transactions;
        watch();
    }

    /**
     * A new NMS is watched from now. One not lost gets its full allowance from start-up before it counts as silent
     * (its beats while Kexiang was down went unheard); one lost stays lost until it beats again.
     */
    private void watch() {
        Timestamp now = Timestamp.from(clock.instant());
        for (NmsHeartbeatSettings nms : bySource.values()) {
            jdbc.update("""
                    insert into nms_heartbeat (source, name, last_beat, lost, changed_at) values (?, ?, ?, false, ?)
                    on conflict (source) do update set name = excluded.name,
                        last_beat = case when nms_heartbeat.lost then nms_heartbeat.last_beat
                                         else greatest(nms_heartbeat.last_beat, excluded.last_beat) end""",
                    nms.source(), nms.name(), now, now);
        }
    }

    /** Runs on the archive writer, in its transaction: notes the beat; the checker thread does the rest. */
    @Override
    public void handle(List<ArchivedEvent> events) {
        if (bySource.isEmpty()) {
            return;
        }
        for (ArchivedEvent archived : events) {
            NmsHeartbeatSettings nms = bySource.get(archived.event().sourceAddress());
            if (nms != null && nms.notification().equals(archived.event().notification())) {
                jdbc.update("update nms_heartbeat set last_beat = greatest(last_beat, ?) where source = ?",
                        Timestamp.from(archived.event().receivedTime()), nms.source());
            }
        }
    }

    @Scheduled(fixedDelayString = "${kexiang.ingest.nms-heartbeat-check:5s}")
    void check() {
        for (NmsHeartbeatSettings nms : bySource.values()) {
            transactions.executeWithoutResult(status -> check(nms));
        }
    }

    /** Under the NMS's row lock; another instance holding it is checking the same NMS, and this one skips it. */
    private void check(NmsHeartbeatSettings nms) {
        Instant now = clock.instant();
        jdbc.query("select last_beat, lost from nms_heartbeat where source = ? for update skip locked", rs -> {
            Instant last = rs.getTimestamp(1).toInstant();
            boolean wasLost = rs.getBoolean(2);
            boolean silent = last.plus(nms.allowance()).isBefore(now);
            if (silent != wasLost) {
                if (silent) {
                    log.warn("NMS {} ({}): no heartbeat since {}", nms.name(), nms.source(), last);
                } else {
                    log.info("NMS {} ({}): heartbeat again at {}", nms.name(), nms.source(), last);
                }
                jdbc.update("update nms_heartbeat set lost = ?, changed_at = ? where source = ?", silent,
                        Timestamp.from(now), nms.source());
                put(event(nms, silent ? "heartbeatLost" : "heartbeatRestored", last, now));
            }
        }, nms.source());
    }

    private void put(ReceivedEvent event) {
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing a heartbeat event", e);
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
