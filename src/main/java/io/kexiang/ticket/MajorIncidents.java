package io.kexiang.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The major incidents (the emergency plan's 一般 / 较大 / 重大) declared on root faults, with what the incident summary
 * (应急事件总结) is written from: the tickets it opened and what happened to each, when.
 */
public interface MajorIncidents {

    /**
     * A root fault at an emergency level; its id is the root alarm's. {@code endedAt}: when its last ticket was
     * restored, null while any is open.
     */
    record Incident(long id, int level, String levelName, int customers, String reason, Instant declaredAt,
                    Instant endedAt) {
    }

    /** A ticket of the incident, with its restoration. */
    record Hit(TicketFigures.TicketFacts ticket, String status, Instant restoredAt, String faultReasonName,
               String resolution) {
    }

    /**
     * One thing that happened: {@code kind} {@code status} (the ticket moved to {@code text}), {@code note} (what
     * someone wrote on it) or {@code escalation} (the ladder's step {@code text} fired).
     */
    record Event(Instant at, String ticketNumber, String kind, String text, String actor) {
    }

    /** Declared in [from, to), newest first. */
    List<Incident> declared(Instant from, Instant to);

    /** Ended in [from, to), oldest first. */
    List<Incident> ended(Instant from, Instant to);

    Optional<Incident> find(long id);

    /** Its tickets, oldest first. */
    List<Hit> tickets(long id);

    /** Its tickets' status changes, notes and escalations, in time order. */
    List<Event> timeline(long id);
}
