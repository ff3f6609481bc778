package io.kexiang.complaint;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;

/** The complaints raised to the VP, with the VP's instructions and the centre's follow-ups. */
public interface ComplaintEscalations {

    /** {@code kind}: instruction (the VP's) or followUp (the centre's). */
    record Entry(String kind, String text, String author, Instant at) {
    }

    /** {@code kind}: major or rising; {@code subject}: the ticket number, or {@code overall|customer/yyyy-MM}. */
    record Escalation(long id, String kind, String subject, String customerCode, String customerName,
                      String ticketNumber, String detail, Instant raisedAt, Instant closedAt, String closedBy,
                      List<Entry> entries) {
    }

    /** Newest first; {@code open} only those not closed. */
    List<Escalation> list(boolean open);

    /** The escalations raised in [from, to): for the quarterly report. */
    List<Escalation> raised(Instant from, Instant to);

    /** A VP's instruction (VP) or a follow-up (the centre's roles); 409 once closed. */
    Escalation add(long id, String kind, String text, Authentication who);

    /** Closed by a VP once followed up. */
    Escalation close(long id, Authentication who);
}
