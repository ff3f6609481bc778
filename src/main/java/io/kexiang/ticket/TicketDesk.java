package io.kexiang.ticket;

import io.kexiang.shared.TicketId;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * Fault tickets (故障单) for the console: the queues, a ticket with its story, and the moves of its lifecycle. The
 * tickets are the TMF621 representation, as the API gives them; the same rules hold (an account manager sees and
 * moves their own customers' tickets only; an illegal move is refused naming the ticket's state).
 */
public interface TicketDesk {

    /** A page of tickets, newest first, and how many pass the filters in all. */
    record Page(List<Map<String, Object>> tickets, long total) {
    }

    /**
     * A move in the lifecycle: to {@code status}, with the reason a pause needs, and the fault reason (故障原因) and
     * resolution that resolving needs.
     */
    record Move(String status, String reason, String faultReason, String resolution, String openAlarmOverride) {
    }

    /**
     * 故障申报 or a Case: what the declaring form says. {@code ticketType} is fault, consultation or complaint; a
     * declaration naming no circuit and no customer waits in triage.
     */
    record Declaration(String ticketType, String severity, String priority, String name, String description,
                       List<String> circuitIds, String customerCode, String note) {
    }

    /**
     * @return the new ticket
     * @throws io.kexiang.shared.InvalidInputException naming each bad field, as the TMF621 POST would
     */
    TicketId declare(Declaration declaration, Authentication actor);

    /** Tickets passing the TMF621 list's filters ({@code status}, {@code customer}, {@code severity} …). */
    Page search(Map<String, String> filters, Authentication viewer, int offset, int limit);

    Map<String, Object> ticket(TicketId id, Authentication viewer);

    /** The ticket's journal and its alarms' clears, oldest first. */
    List<Map<String, Object>> journal(TicketId id, Authentication viewer);

    /** The fault reasons (故障原因) a resolution picks from: code, name, category. */
    List<Map<String, Object>> faultReasons();

    /** Every fault reason, the inactive too: code, name, category, active. */
    List<Map<String, Object>> faultReasonCatalogue();

    /** Adds or changes a fault reason of the catalogue (故障原因维护); an inactive one is no longer offered. */
    void putFaultReason(String code, String name, String category, boolean active);

    void move(TicketId id, Move move, Authentication actor);

    /** 回访: confirmed closes the ticket, not confirmed reopens it. */
    void returnVisit(TicketId id, boolean confirmed, String satisfaction, String comment, Authentication actor);

    void note(TicketId id, String text, Authentication actor);
}
