package io.kexiang.ticket.store;

import io.kexiang.shared.Text;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ticket lifecycle: opened (acknowledged) → accepted (inProgress) → pending/held (customer side, the
 * restoration clock pauses) → resolved → return visit → closed; not confirmed → inProgress again. What the
 * states allow, and what a move needs, in one place.
 */
public final class TicketStatePolicy {

    private static final Map<String, Set<String>> NEXT = Map.of(
            "acknowledged", Set.of("inProgress", "rejected", "cancelled"),
            "inProgress", Set.of("pending", "held", "resolved", "cancelled"),
            "pending", Set.of("inProgress", "resolved", "cancelled"),
            "held", Set.of("inProgress", "resolved", "cancelled"),
            "resolved", Set.of("closed", "inProgress"),
            "closed", Set.of(),
            "rejected", Set.of(),
            "cancelled", Set.of());

    public static final List<String> STATES = List.of("acknowledged", "inProgress", "pending", "held", "resolved",
            "closed", "rejected", "cancelled");

    private TicketStatePolicy() {
    }

    /** Why the move is refused, naming the current state; null when it is allowed. */
    public static Text refusal(String from, String to) {
        if (!NEXT.containsKey(to)) {
            return Text.of("ticket.unknownStatus", to, String.join(", ", STATES));
        }
        if (from.equals(to)) {
            return Text.of("ticket.already", from);
        }
        if (!NEXT.get(from).contains(to)) {
            return NEXT.get(from).isEmpty() ? Text.of("ticket.final", from, to)
                    : Text.of("ticket.move", from, to, String.join(", ", NEXT.get(from)));
        }
        return null;
    }

    /** The restoration clock stops while the customer's side holds the ticket up. */
    public static boolean pauses(String status) {
        return status.equals("pending") || status.equals("held");
    }

    public static boolean isOpen(String status) {
        return !Set.of("closed", "rejected", "cancelled").contains(status);
    }
}
