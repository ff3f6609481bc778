package io.kexiang.ingest.archive;

/**
 * Reads the BER header of an SNMP message from its raw bytes, element by element, without SNMP4J: enough to mask a
 * community and to tell why a message SNMP4J refused was refused. A read past the end, or a tag that is not the
 * one expected, is an {@link IllegalArgumentException}.
 */
public final class BerReader {

    public static final int INTEGER = 0x02;
    public static final int OCTET_STRING = 0x04;
    public static final int SEQUENCE = 0x30;

    private final byte[] in;
    private int at;

    public BerReader(byte[] in) {
        this.in = in;
    }

    /** The tag of the next element. */
    public int peek() {
        return in[check(at)] & 0xff;
    }

    /** Steps into the element (which must have this tag); returns where its content starts. */
    public int enter(int tag) {
        int length = header(tag);
        if (at + length > in.length) {
            throw new IllegalArgumentException("length " + length + " at " + at + " runs past the end");
        }
        return at;
    }

    /** Reads a whole INTEGER (at most eight octets). */
    public long integer() {
        int length = header(INTEGER);
        if (length < 1 || length > 8) {
            throw new IllegalArgumentException("integer of " + length + " octets");
        }
        long value = in[check(at)];
        for (int i = 1; i < length; i++) {
            value = value << 8 | in[check(at + i)] & 0xff;
        }
        at += length;
        return value;
    }

    /** The content of an OCTET STRING: where it starts and how long it is ({start, length}). */
    public int[] octets() {
        int length = header(OCTET_STRING);
        if (at + length > in.length) {
            throw new IllegalArgumentException("octets run past the end");
        }
        int[] span = {at, length};
        at += length;
        return span;
    }

    private int header(int tag) {
        if (peek() != tag) {
            throw new IllegalArgumentException("tag " + peek() + " at " + at + ", expected " + tag);
        }
        int first = in[check(at + 1)] & 0xff;
        int length;
        int octets = 0;
        if (first < 0x80) {
            length = first;
        } else {
            octets = first & 0x7f;
            if (octets == 0 || octets > 3) {
                throw new IllegalArgumentException("length of " + octets + " octets");
            }
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = length << 8 | in[check(at + 2 + i)] & 0xff;
            }
        }
        at += 2 + octets;
        return length;
    }

    private int check(int index) {
        if (index >= in.length) {
            throw new IllegalArgumentException("the message ends at " + in.length);
        }
        return index;
    }
}
