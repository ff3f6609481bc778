package io.kexiang.ticket.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The centre's service levels: how soon a ticket must be answered (by priority) and the fault restored (by
 * customer tier, or by ticket type for consultations and complaints). Plain rules, no clock of their own.
 */
public final class SlaPolicy {

    private final Map<String, Duration> responseByPriority;
    private final Map<String, Duration> restorationByTier;
    private final Map<String, Duration> restorationByType;
    private final Duration restorationDefault;

    public SlaPolicy(Map<String, Duration> responseByPriority, Map<String, Duration> restorationByTier,
            Map<String, Duration> restorationByType, Duration restorationDefault) {
        this.responseByPriority = Map.copyOf(responseByPriority);
        this.restorationByTier = Map.copyOf(restorationByTier);
        this.restorationByType = Map.copyOf(restorationByType);
        this.restorationDefault = restorationDefault;
    }

    public Instant responseDue(Instant opened, String priority) {
        Duration response = responseByPriority.get(priority);
        if (response == null) {
            throw new IllegalArgumentException("no response time for priority " + priority + "; configured are "
                    + responseByPriority.keySet());
        }
        return opened.plus(response);
    }

    /** Faults by the customer's tier; consultations and complaints by their type. */
    public Instant restorationDue(Instant opened, String ticketType, String tier) {
        Duration restoration = "fault".equals(ticketType)
                ? restorationByTier.getOrDefault(tier == null ? "" : tier, restorationDefault)
                : restorationByType.getOrDefault(ticketType, restorationDefault);
        return opened.plus(restoration);
    }
}
