package io.kexiang.console.tickets;

import java.time.Duration;
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
        if (!now.isBefore(deadline)) {
            return "breached";
        }
        long whole = Duration.between(created, deadline).toSeconds();
        long gone = Duration.between(created, now).toSeconds();
        return whole > 0 && gone * 5 >= whole * 4 ? "warning" : "ok";
    }

    /** Time left as h:mm (negative when breached: how late). */
    public String left(Map<String, Object> ticket, String due) {
        Instant deadline = deadline(ticket, due);
        if (deadline == null) {
            return "";
        }
        long minutes = Duration.between(now, deadline).toMinutes();
        String sign = minutes < 0 ? "-" : "";
        long abs = Math.abs(minutes);
        return sign + abs / 60 + ":" + String.format("%02d", abs % 60);
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
