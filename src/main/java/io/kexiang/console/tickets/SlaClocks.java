package io.kexiang.console.tickets;

import io.kexiang.console.web.Countdown;
import java.time.Instant;
import java.util.Map;

/**
 * A ticket's SLA clocks as the queue colours them: amber from 80 % of the time gone, red when the deadline has
 * passed. A clock that stopped (responded, resolved) is shown as met or missed, not counting.
 */
public final class SlaClocks {

    private final Instant now;

    SlaClocks(Instant now) {
        this.now = now;
    }

    /** {@code ok}, {@code warning} (≥ 80 % gone), {@code breached}, or {@code stopped}. */
    public String state(Map<String, Object> ticket, String due) {
        Instant deadline = deadline(ticket, due);
        Instant created = instant(ticket.get("creationDate"));
        if (deadline == null || created == null || stopped(ticket, due)) {
            return "stopped";
        }
        return new Countdown(created, deadline, now).state();
    }

    /** Time left as h:mm (negative when breached: how late). */
    public String left(Map<String, Object> ticket, String due) {
        return new Countdown(null, deadline(ticket, due), now).left();
    }

    public Instant deadline(Map<String, Object> ticket, String due) {
        return ticket.get("sla") instanceof Map<?, ?> sla ? instant(sla.get(due)) : null;
    }

    private static boolean stopped(Map<String, Object> ticket, String due) {
        String status = String.valueOf(ticket.get("status"));
        boolean restored = status.equals("resolved") || status.equals("closed");
        if (due.equals("responseDue")) {
            return restored || !status.equals("acknowledged");
        }
        return restored || status.equals("pending") || status.equals("held");
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }
}
