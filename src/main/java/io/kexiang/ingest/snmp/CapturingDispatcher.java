package io.kexiang.ingest.snmp;

import io.kexiang.ingest.journal.DatagramJournal;
import io.kexiang.ingest.received.ReceivedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.TransportMapping;
import org.snmp4j.TransportStateReference;
import org.snmp4j.event.CounterListener;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;

/**
 * SNMP4J's dispatcher, keeping the bytes of every datagram, and taking them off the listen thread at once. The
 * listen thread only copies a datagram into a bounded queue; one decoder thread, in arrival order (a linkDown and
 * its linkUp must not swap), decodes it and hands it to the ingest queue, waiting there when the archive is
 * behind. So a storm waits in memory, not in the socket buffer, and the kernel drops nothing the queue can hold;
 * what it cannot hold is counted. Decoding on one thread also means a datagram that reaches no responder
 * (malformed BER, an unknown version) is known when {@code processMessage} returns, and is archived as
 * undecodable instead of vanishing into a debug log.
 */
class CapturingDispatcher extends MessageDispatcherImpl implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CapturingDispatcher.class);

    /** The datagram being decoded, and whether a responder took it. */
    static final class Capture {
        final byte[] raw;
        final Instant receivedAt;
        final long journalSeq;
        boolean handled;
        String failure;
        OID counter;

        Capture(byte[] raw, Instant receivedAt, long journalSeq) {
            this.raw = raw;
            this.receivedAt = receivedAt;
            this.journalSeq = journalSeq;
        }
    }

    /** A datagram as the listen thread took it, waiting for the decoder. */
    private record Datagram(TransportMapping<?> transport, Address from, byte[] raw, Instant receivedAt,
                            TransportStateReference reference, long journalSeq) {
    }

    private final ThreadLocal<Capture> current = new ThreadLocal<>();
    private final Consumer<ReceivedEvent> sink;
    private final DatagramJournal journal;
    private final Clock clock;
    private final BlockingQueue<Datagram> datagrams;
    private final Counter droppedFull;
    private final Thread decoder;
    private final Counter taken;
    private volatile boolean open = true;

    CapturingDispatcher(Consumer<ReceivedEvent> sink, Clock clock, int capacity, DatagramJournal journal,
            MeterRegistry meters) {
        this.sink = sink;
        this.journal = journal;
        this.clock = clock;
        this.datagrams = new ArrayBlockingQueue<>(capacity);
        this.droppedFull = meters.counter("kexiang.ingest.dropped", "reason", "datagram_queue_full");
        // Every datagram the listen thread took off the socket: what the kernel delivered, before any decoding.
        this.taken = meters.counter("kexiang.ingest.datagrams");
        meters.gauge("kexiang.ingest.datagram.queue.depth", datagrams, BlockingQueue::size);
        addCounterListener(reasons());
        decoder = new Thread(this::decodeAll, "snmp-decoder");
        decoder.setDaemon(true);
        decoder.start();
    }

    /** Notes the first SNMP4J counter a datagram increments as the reason it went no further. */
    CounterListener reasons() {
        return event -> {
            Capture capture = current.get();
            if (capture != null && capture.counter == null && Counters.explainsFailure(event.getOid())) {
                capture.counter = event.getOid();
                capture.failure = Counters.name(event.getOid());
            }
        };
    }

    Capture current() {
        return current.get();
    }

    /** On the listen thread: a copy of the bytes and the time, into the queue; never waits. */
    @Override
    public <A extends Address> void processMessage(TransportMapping<? super A> transport, A from, ByteBuffer message,
            TransportStateReference reference) {
        ByteBuffer copy = message.duplicate();
        byte[] raw = new byte[copy.remaining()];
        copy.get(raw);
        taken.increment();
        Instant receivedAt = clock.instant();
        // On disk (the page cache) before anywhere else: from here on a crash loses nothing of it.
        long seq = journal.append(receivedAt, transport(from), host(from), port(from), raw);
        if (!datagrams.offer(new Datagram(transport, from, raw, receivedAt, reference, seq))) {
            droppedFull.increment();
            journal.settled(seq);
        }
    }

    /**
     * A datagram the journal kept from before the last stop and the archive lacks, decoded as if it had just come
     * (its time is when it came then); queued ahead of anything new, waiting for room.
     */
    <A extends Address> void replay(TransportMapping<? super A> transport, A from, byte[] raw, Instant receivedAt,
            long seq) throws InterruptedException {
        datagrams.put(new Datagram(transport, from, raw, receivedAt, null, seq));
    }

    private void decodeAll() {
        while (open || !datagrams.isEmpty()) {
            try {
                Datagram datagram = datagrams.poll(100, TimeUnit.MILLISECONDS);
                if (datagram != null) {
                    decode(datagram);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Decoding a datagram failed outside SNMP4J", e);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void decode(Datagram datagram) {
        Capture capture = new Capture(datagram.raw(), datagram.receivedAt(), datagram.journalSeq());
        current.set(capture);
        try {
            super.processMessage((TransportMapping) datagram.transport(), datagram.from(),
                    ByteBuffer.wrap(datagram.raw()), datagram.reference());
        } catch (RuntimeException e) {
            capture.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            current.remove();
            if (!capture.handled) {
                MessageHeader header = MessageHeader.of(datagram.raw());
                Counters.Verdict verdict = Counters.verdict(capture.counter, header, capture.failure);
                Address from = datagram.from();
                sink.accept(ReceivedEvent.unprocessed(capture.receivedAt, transport(from), host(from), port(from),
                        header == null ? null : header.version(), datagram.raw(), verdict.outcome(),
                        verdict.reason(), capture.journalSeq));
            }
        }
    }

    /** Decodes what is queued, then stops the decoder: nothing the socket took is left behind. */
    @Override
    public void close() {
        open = false;
        try {
            decoder.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String transport(Address address) {
        return address instanceof org.snmp4j.smi.TcpAddress ? "tcp" : "udp";
    }

    static String host(Address address) {
        return address instanceof IpAddress ip ? ip.getInetAddress().getHostAddress() : String.valueOf(address);
    }

    static Integer port(Address address) {
        return address instanceof org.snmp4j.smi.TransportIpAddress ip ? ip.getPort() : null;
    }

    /** Datagrams received and not yet decoded. */
    int waiting() {
        return datagrams.size();
    }
}
