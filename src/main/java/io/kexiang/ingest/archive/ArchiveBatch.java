package io.kexiang.ingest.archive;

import io.kexiang.ingest.ArchivedEvent;
import io.kexiang.ingest.ArchivedEventHandler;
import io.kexiang.ingest.journal.DatagramJournal;
import io.kexiang.ingest.received.ReceivedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores received events in the raw archive and hands the accepted ones to the {@link ArchivedEventHandler}s, in one
 * transaction. When a handler fails, the batch is stored again event by event, so that one event a handler cannot
 * take is archived without it (counted and logged) and does not hold back the others. When the database cannot be
 * reached, nothing is split: the writer tries the batch again as it is.
 */
@Component
class ArchiveBatch {

    private static final Logger log = LoggerFactory.getLogger(ArchiveBatch.class);
    /** raw_event.reason is varchar(160). */
    private static final int REASON_LENGTH = 160;

    private final DerivedColumns derived;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    /** Told which datagrams are archived, once committed: their journal segments can go. */
    private final DatagramJournal journal;
    private final List<ArchivedEventHandler> handlers;
    private final Redeliveries redeliveries;
    private final Counter handlerFailures;
    private final Counter oneByOne;
    private final Counter bytesOnly;
    private final Counter archived;

    ArchiveBatch(DerivedColumns derived, JdbcTemplate jdbc, TransactionTemplate transactions,
            List<ArchivedEventHandler> handlers, Redeliveries redeliveries, DatagramJournal journal,
            MeterRegistry meters) {
        this.redeliveries = redeliveries;
        this.journal = journal;
        this.derived = derived;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.handlers = handlers;
        this.handlerFailures = meters.counter("kexiang.ingest.handler.failures");
        this.oneByOne = meters.counter("kexiang.ingest.archive.one_by_one");
        this.bytesOnly = meters.counter("kexiang.ingest.archive.bytes_only");
        this.archived = meters.counter("kexiang.ingest.archived");
    }

    /**
     * Archives one event in the caller's transaction, if there is one; a handler's failure is the caller's to
     * answer (a REST client is told, and sends again).
     */
    ArchivedEvent storeNow(ReceivedEvent event) {
        return transactions.execute(status -> write(List.of(new QueuedEvent(event, null)), true)).accepted().get(0);
    }

    /**
     * Archives the events, answering each INFORM once its event is stored, and takes every stored event off the
     * list. A database that cannot be reached (down, restarting, shutting down) leaves the rest on the list for
     * the writer to try again: they are neither split into single events nor stored twice.
     */
    void store(List<QueuedEvent> pending) {
        try {
            stored(transactions.execute(status -> write(pending, true)).rows());
            journal.settled(pending.stream().map(queued -> queued.event().journalSeq()).toList());
            pending.forEach(ArchiveBatch::acknowledge);
            pending.clear();
            return;
        } catch (RuntimeException batchFailed) {
            unlessReachable(batchFailed);
            log.warn("Storing a batch of {} events failed ({}); storing them one by one", pending.size(),
                    batchFailed.getMessage());
            oneByOne.increment();
        }
        for (Iterator<QueuedEvent> events = pending.iterator(); events.hasNext(); ) {
            QueuedEvent event = events.next();
            stored(storeAlone(event));
            journal.settled(event.event().journalSeq());
            acknowledge(event);
            events.remove();
        }
    }

    /** @return the rows written: 0 when the event was archived already (a Kafka record delivered again) */
    private int storeAlone(QueuedEvent queued) {
        ReceivedEvent event = queued.event();
        RuntimeException handlerFailed;
        try {
            return transactions.execute(status -> write(List.of(queued), true)).rows();
        } catch (RuntimeException e) {
            unlessReachable(e);
            handlerFailed = e;
        }
        int rows;
        try {
            rows = transactions.execute(status -> write(List.of(queued), false)).rows();
        } catch (RuntimeException rowRefused) {
            unlessReachable(rowRefused);
            storeBytesOnly(queued, rowRefused);
            return 1;
        }
        handlerFailures.increment();
        log.error("An event from {} ({}) is archived, but its alarm handling failed: {}", event.sourceAddress(),
                event.trapOid(), handlerFailed.getMessage(), handlerFailed);
        return rows;
    }

    /**
     * Rethrows a failure of the database as a whole. Its exceptions are not all recognisable (a rollback on a
     * connection that died replaces the cause), so a failure that does not say so is followed by a look.
     */
    private void unlessReachable(RuntimeException failure) {
        if (DatabaseUnreachable.is(failure)) {
            throw failure;
        }
        try {
            jdbc.queryForObject("select 1", Integer.class);
        } catch (RuntimeException unreachable) {
            failure.addSuppressed(unreachable);
            throw failure;
        }
    }

    private void stored(int count) {
        archived.increment(count);
    }

    private static void acknowledge(QueuedEvent queued) {
        if (queued.event().acknowledgement() != null) {
            queued.event().acknowledgement().run();
        }
    }

    /**
     * PostgreSQL refused the event's own row (a value longer than its column, a character it cannot store, naming
     * that failed): its bytes are kept with the reason, rather than the writer retrying it for ever and holding up
     * every event behind it.
     */
    private void storeBytesOnly(QueuedEvent queued, RuntimeException why) {
        ReceivedEvent event = queued.event();
        String cause = why instanceof NestedRuntimeException nested ? nested.getMostSpecificCause().getMessage()
                : why.getMessage();
        String reason = ("not archived as decoded: " + String.valueOf(cause).lines().findFirst().orElse(""))
                .replace('\0', ' ');
        ReceivedEvent bytes = new ReceivedEvent(event.receivedAt(), event.transport(), event.sourceAddress(),
                event.sourcePort(), event.snmpVersion(), event.pduType(), null, null, List.of(), event.raw(),
                event.outcome(), reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason,
                event.acknowledgement(), event.journalSeq());
        transactions.execute(status -> write(List.of(new QueuedEvent(bytes, DerivedColumns.NONE, queued.position())),
                false));
        bytesOnly.increment();
        log.error("An event from {} is archived as its bytes only, PostgreSQL refused it as decoded: {}",
                event.sourceAddress(), cause);
    }

    /** What a write stored: its accepted events (for the handlers), and its rows (redeliveries skipped). */
    private record Written(List<ArchivedEvent> accepted, int rows) {
    }

    private Written write(List<QueuedEvent> candidates, boolean handle) {
        List<QueuedEvent> events = redeliveries.unarchived(candidates);
        if (events.isEmpty()) {
            return new Written(List.of(), 0);
        }
        List<Long> ids = jdbc.queryForList("select nextval('raw_event_id_seq') from generate_series(1, ?)",
                Long.class, events.size());
        List<Object[]> rows = new ArrayList<>(events.size());
        List<ArchivedEvent> accepted = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            QueuedEvent queued = events.get(i);
            ReceivedEvent event = queued.event();
            DerivedColumns.Derived columns = queued.derived() != null ? queued.derived() : derived.of(event);
            rows.add(row(ids.get(i), event, queued.position(), columns.columns()));
            if (columns.normalised() != null) {
                accepted.add(new ArchivedEvent(ids.get(i), columns.normalised()));
            }
        }
        RawEventCopy.copy(jdbc, rows);
        if (handle && !accepted.isEmpty()) {
            handlers.forEach(handler -> handler.handle(accepted));
        }
        return new Written(accepted, rows.size());
    }

    private static Object[] row(long id, ReceivedEvent event, KafkaPosition position, Object[] names) {
        Object[] received = {id, event.receivedAt(), event.transport(), event.sourceAddress(),
                event.sourcePort(), event.snmpVersion(), event.pduType(), event.outcome().name(), event.reason(),
                event.trapOid(), event.raw(), event.journalSeq() == 0 ? null : event.journalSeq(),
                position == null ? null : position.topic(), position == null ? null : position.partition(),
                position == null ? null : position.offset()};
        Object[] row = Arrays.copyOf(received, received.length + names.length);
        System.arraycopy(names, 0, row, received.length, names.length);
        return row;
    }
}
