package io.kexiang.ingest.archive;

import io.kexiang.ingest.ArchivedEvent;
import io.kexiang.ingest.FeedArchive;
import io.kexiang.ingest.FeedRecord;
import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.ingest.received.Varbind;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Archives a record an NMS sent through the API while the NMS waits for the answer. It takes the same path as a
 * trap (naming, rules, handlers) but not the queue: the caller must know the outcome, and a REST client can wait.
 */
@Component
class FeedRecordArchive implements FeedArchive {

    private final ArchiveBatch archive;
    private final MeterRegistry meters;
    private final Clock clock;

    FeedRecordArchive(ArchiveBatch archive, MeterRegistry meters, Clock clock) {
        this.archive = archive;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public ArchivedEvent archive(FeedRecord record) {
        List<Varbind> fields = record.fields().entrySet().stream()
                .filter(field -> field.getValue() != null)
                .map(field -> new Varbind(field.getKey(), "TEXT", field.getValue(), null)).toList();
        ReceivedEvent event = new ReceivedEvent(clock.instant(), record.transport(), record.source(), null, null,
                record.kind(), record.notification(), record.networkElement(), fields, record.raw(), Outcome.ACCEPTED,
                null, null);
        meters.counter("kexiang.ingest.received", "transport", record.transport(), "outcome", "accepted")
                .increment();
        ArchivedEvent archived = archive.storeNow(event);
        meters.counter("kexiang.ingest.archived").increment();
        return archived;
    }
}
