package io.kexiang.ingest.cluster;

import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.ingest.received.Varbind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A received event as a Kafka record's value: the datagram's bytes, where and when it came, and what the receiver
 * decoded of it (the receiver decodes anyway, to answer an INFORM and to key the record by its network element), in
 * a compact binary form that begins with its version. Naming, normalising, archiving and the alarms are the
 * processors'. Neither the acknowledgement (the receiver has run it) nor the journal number (cluster mode has no
 * journal) travels.
 */
final class ReceivedEventCodec {

    static final byte VERSION = 1;

    private ReceivedEventCodec() {
    }

    static byte[] encode(ReceivedEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(event.raw() == null ? 256 : event.raw().length + 256);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeByte(VERSION);
            out.writeLong(event.receivedAt().getEpochSecond());
            out.writeInt(event.receivedAt().getNano());
            text(out, event.transport());
            text(out, event.sourceAddress());
            out.writeInt(event.sourcePort() == null ? -1 : event.sourcePort());
            text(out, event.snmpVersion());
            text(out, event.pduType());
            text(out, event.trapOid());
            text(out, event.agentAddress());
            out.writeInt(event.varbinds().size());
            for (Varbind varbind : event.varbinds()) {
                text(out, varbind.oid());
                text(out, varbind.syntax());
                text(out, varbind.text());
                bytes(out, varbind.octets());
            }
            bytes(out, event.raw());
            text(out, event.outcome().name());
            text(out, event.reason());
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not a record this version wrote */
    static ReceivedEvent decode(byte[] value) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(value));
        try {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("a received event of version " + version + ", not " + VERSION);
            }
            Instant receivedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
            String transport = text(in);
            String source = text(in);
            int port = in.readInt();
            String snmpVersion = text(in);
            String pduType = text(in);
            String trapOid = text(in);
            String agentAddress = text(in);
            int count = in.readInt();
            List<Varbind> varbinds = new ArrayList<>(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                varbinds.add(new Varbind(text(in), text(in), text(in), bytes(in)));
            }
            byte[] raw = bytes(in);
            Outcome outcome = Outcome.valueOf(text(in));
            String reason = text(in);
            return new ReceivedEvent(receivedAt, transport, source, port < 0 ? null : port, snmpVersion, pduType,
                    trapOid, agentAddress, List.copyOf(varbinds), raw, outcome, reason, null);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a received event: " + e, e);
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        bytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
        if (bytes == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] bytes = bytes(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > in.available()) {
            throw new IOException("a field of " + length + " bytes where " + in.available() + " are left");
        }
        return in.readNBytes(length);
    }
}
