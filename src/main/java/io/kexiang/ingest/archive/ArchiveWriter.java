package io.kexiang.ingest.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.ingest.NormalisedEvent;
import io.kexiang.ingest.normalise.Normaliser;
import io.kexiang.inventory.CircuitResolver;
import io.kexiang.inventory.NetworkElementRef;
import io.kexiang.mib.MibSymbol;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drains the ingest queue in batches, names each event with the MIBs, finds its network element, and writes the
 * batch to the raw archive in one round trip. INFORMs are answered only after that write returns. A failed write is
 * retried, not dropped: the queue in front absorbs the wait, and counts what it cannot hold.
 */
@Component
class ArchiveWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);
    private static final int BATCH = 1000;
    private static final String INSERT = """
            insert into raw_event (received_at, transport, source_address, source_port, snmp_version, pdu_type,
                                   outcome, reason, trap_oid, notification, network_element, decoded, raw,
                                   family, event_type, probable_cause, specific_problem, severity, resource,
                                   additional_text, external_alarm_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""";

    private final IngestQueue queue;
    private final EventNaming naming;
    private final CircuitResolver resolver;
    private final Normaliser normaliser;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Timer batchTimer;
    private volatile boolean running;
    private Thread thread;

    ArchiveWriter(IngestQueue queue, EventNaming naming, CircuitResolver resolver, Normaliser normaliser,
            JdbcTemplate jdbc, ObjectMapper json, MeterRegistry meters) {
        this.queue = queue;
        this.naming = naming;
        this.resolver = resolver;
        this.normaliser = normaliser;
        this.jdbc = jdbc;
        this.json = json;
        this.meters = meters;
        this.batchTimer = Timer.builder("kexiang.ingest.archive.batch").publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "archive-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return IngestQueue.WRITER_PHASE;
    }

    private void run() {
        List<ReceivedEvent> batch = new ArrayList<>(BATCH);
        while (running || queue.depth() > 0) {
            try {
                if (batch.isEmpty() && queue.drain(batch, BATCH, 100) == 0) {
                    continue;
                }
                write(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Writing {} events to the archive failed; retrying", batch.size(), e);
                pause();
            }
        }
    }

    private void write(List<ReceivedEvent> batch) {
        List<Object[]> rows = new ArrayList<>(batch.size());
        for (ReceivedEvent event : batch) {
            rows.add(row(event));
        }
        batchTimer.record(() -> jdbc.batchUpdate(INSERT, rows));
        meters.counter("kexiang.ingest.archived").increment(batch.size());
        for (ReceivedEvent event : batch) {
            if (event.acknowledgement() != null) {
                event.acknowledgement().run();
            }
        }
    }

    private Object[] row(ReceivedEvent event) {
        String notification = naming.notification(event).map(MibSymbol::qualifiedName).orElse(event.trapOid());
        String element = resolver.networkElement(event.originAddress()).map(NetworkElementRef::name).orElse(null);
        List<NamedVarbind> varbinds = naming.varbinds(event);
        Map<String, Object> decoded = new LinkedHashMap<>();
        if (notification != null) {
            decoded.put("notification", notification);
        }
        if (event.agentAddress() != null) {
            decoded.put("agentAddress", event.agentAddress());
        }
        decoded.put("varbinds", varbinds.stream().map(NamedVarbind::asJson).toList());
        Object[] normalised = event.outcome() == Outcome.ACCEPTED ? columns(normaliser.normalise(
                event.receivedAt(), event.originAddress(), element, notification, varbinds)) : new Object[8];
        Object[] received = {Timestamp.from(event.receivedAt()), event.transport(), event.sourceAddress(),
                event.sourcePort(), event.snmpVersion(), event.pduType(), event.outcome().name(), event.reason(),
                event.trapOid(), notification, element, toJson(decoded), event.raw()};
        Object[] row = Arrays.copyOf(received, received.length + normalised.length);
        System.arraycopy(normalised, 0, row, received.length, normalised.length);
        return row;
    }

    /** Refused and undecodable events have no normalised form: their eight columns stay null. */
    private Object[] columns(NormalisedEvent normalised) {
        return new Object[] {normalised.family(), normalised.eventType(), normalised.probableCause(),
                normalised.specificProblem(), normalised.severity().name().toLowerCase(),
                toJson(normalised.resource()), normalised.additionalText(), normalised.externalAlarmId()};
    }

    private String toJson(Object decoded) {
        try {
            return json.writeValueAsString(decoded);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decoded event is not serialisable", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
