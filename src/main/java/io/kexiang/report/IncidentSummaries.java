package io.kexiang.report;

import io.kexiang.ticket.MajorIncidents;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * 应急事件总结: after a major incident (一般 / 较大 / 重大) ends, the summary the emergency plans require — its timeline,
 * the customers and circuits hit, how long, the root fault — computed from the incident's tickets and alarm; the
 * actions taken, the cause, the lessons and the improvements written in the console, kept as a draft and submitted
 * (the submission delivers the summary owed).
 */
public interface IncidentSummaries {

    /** The written sections, in the summary's order. */
    List<String> NARRATIVE = List.of("actions", "cause", "lessons", "improvements");

    /** The root fault as the alarm keeps it; null fields when the alarm is gone. */
    record RootFault(String networkElement, String alarmedObject, String probableCause, String specificProblem,
                     String severity, Instant raisedAt, Instant clearedAt) {
    }

    /** A customer hit: its ticket, circuits and how long it was down (from the incident's start to its restoration). */
    record CustomerHit(String customerCode, String customerName, String tier, String ticketNumber, String status,
                       List<String> circuits, Instant restoredAt, Long minutesDown, String faultReason,
                       String resolution) {
    }

    /** One line of the timeline: {@code kind} declared, alarm-raised, alarm-cleared, status, note, escalation, ended. */
    record Step(Instant at, String kind, String ticketNumber, String text, String actor) {
    }

    record Summary(MajorIncidents.Incident incident, RootFault root, Instant startedAt, Long minutes,
                   List<CustomerHit> customers, int circuits, List<Step> timeline, Map<String, String> narrative,
                   String state, Instant submittedAt, String submittedBy, Instant dueAt) {
    }

    /** An incident with its summary's state (none, draft, submitted). */
    record Listed(MajorIncidents.Incident incident, String state, Instant dueAt, Instant submittedAt) {
    }

    /** The incidents declared in [from, to), newest first; {@code from} null: a year ago, {@code to} null: now. */
    List<Listed> list(Instant from, Instant to);

    /** @throws io.kexiang.shared.NotFoundException when no incident has the id */
    Summary summary(long id);

    /** Keeps the written sections as the draft; 400 naming an unknown or too long section, 409 once submitted. */
    Summary save(long id, Map<String, String> narrative, Authentication who);

    /** Submits it once the incident has ended (409 before, and once submitted); the summary owed is delivered now. */
    Summary submit(long id, Authentication who);

    /** What the console page's document fragment needs: the summary, its chart, how times are written. */
    Map<String, Object> documentModel(Summary summary, Locale language);

    String xhtml(Summary summary, Locale language);

    byte[] pdf(Summary summary, Locale language);

    byte[] workbook(Summary summary, Locale language);
}
