package io.kexiang.hub;

import java.time.Instant;

/**
 * Records the events a change owes to each interested listener of its API, in the change's own transaction: a
 * change that rolls back owes nothing, one that commits is delivered even across a restart. The event carries the
 * resource as it is when it is sent.
 */
public interface HubEvents {

    /**
     * @param api the API as in its path ({@code alarmManagement}, {@code troubleTicket})
     * @param eventType the TMF event type ({@code AlarmCreateEvent} …)
     */
    void owe(String api, String eventType, long resourceId, Instant at);
}
