package io.kexiang.support;

import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.ingest.received.Varbind;
import java.time.Instant;
import java.util.List;

/** linkDown and linkUp as the trap receiver hands them to the ingest queue: decoded, not yet named. */
public final class LinkEvents {

    public static final String LINK_DOWN = "1.3.6.1.6.3.1.1.5.3";
    public static final String LINK_UP = "1.3.6.1.6.3.1.1.5.4";

    private LinkEvents() {
    }

    /** {@code trap} ({@link #LINK_DOWN} or {@link #LINK_UP}) from {@code agentAddress} about {@code ifIndex}. */
    public static ReceivedEvent of(String agentAddress, String trap, int ifIndex) {
        List<Varbind> varbinds = List.of(
                new Varbind("1.3.6.1.2.1.2.2.1.1." + ifIndex, "INTEGER", String.valueOf(ifIndex), null),
                new Varbind("1.3.6.1.2.1.2.2.1.8." + ifIndex, "INTEGER", trap.equals(LINK_DOWN) ? "2" : "1", null));
        return new ReceivedEvent(Instant.now(), "udp", "127.0.0.1", 40000, "v2c", "TRAP", trap, agentAddress,
                varbinds, new byte[64], Outcome.ACCEPTED, null, null);
    }
}
