package io.kexiang.ingest.snmp;

import io.kexiang.ingest.archive.ReceivedEvent;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.TransportMapping;
import org.snmp4j.TransportStateReference;
import org.snmp4j.event.CounterListener;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;

/**
 * SNMP4J's dispatcher, keeping the bytes of every datagram. Decoding runs on this thread, so a datagram that
 * reaches no responder (malformed BER, an unknown version) is known when {@code processMessage} returns, and is
 * archived as undecodable instead of vanishing into a debug log.
 */
class CapturingDispatcher extends MessageDispatcherImpl {

    /** The datagram being dispatched on this thread, and whether a responder took it. */
    static final class Capture {
        final byte[] raw;
        final Instant receivedAt;
        boolean handled;
        String failure;
        OID counter;

        Capture(byte[] raw, Instant receivedAt) {
            this.raw = raw;
            this.receivedAt = receivedAt;
        }
    }

    private final ThreadLocal<Capture> current = new ThreadLocal<>();
    private final Consumer<ReceivedEvent> sink;
    private final Clock clock;

    CapturingDispatcher(Consumer<ReceivedEvent> sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
        addCounterListener(reasons());
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

    @Override
    public <A extends Address> void processMessage(TransportMapping<? super A> transport, A from, ByteBuffer message,
            TransportStateReference reference) {
        ByteBuffer copy = message.duplicate();
        byte[] raw = new byte[copy.remaining()];
        copy.get(raw);
        Capture capture = new Capture(raw, clock.instant());
        current.set(capture);
        try {
            super.processMessage(transport, from, message, reference);
        } catch (RuntimeException e) {
            capture.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            current.remove();
            if (!capture.handled) {
                String reason = capture.failure == null ? "not decodable as SNMP" : capture.failure;
                sink.accept(ReceivedEvent.unprocessed(capture.receivedAt, transport(from), host(from), port(from), raw,
                        Counters.outcome(capture.counter), reason));
            }
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
}
