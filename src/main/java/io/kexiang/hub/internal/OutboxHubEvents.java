package io.kexiang.hub.internal;

import io.kexiang.hub.HubEvents;
import io.kexiang.outbox.Outbox;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * One outbox message per interested listener; the {@code outbox-hub} route renders the event when it sends it, from
 * the resource as it is then. So a listener's events of one type about one resource that wait together are one
 * (the outbox coalesces them): a flood of repeats does not become a flood of identical posts. The row is written
 * in the transaction of the change, so its JSON is built by hand (its values need no escaping), not by Jackson.
 */
@Component
class OutboxHubEvents implements HubEvents {

    private final HubSubscriptions subscriptions;
    private final Outbox outbox;

    OutboxHubEvents(HubSubscriptions subscriptions, Outbox outbox) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
    }

    @Override
    public void owe(String api, String eventType, long resourceId, Instant at) {
        for (HubSubscriptions.Subscription subscription : subscriptions.all()) {
            if (subscription.api().equals(api) && subscription.wants(eventType)) {
                outbox.callback(HubSubscriptions.reference(subscription.id()), subscription.callback(), eventType,
                        event(api, eventType, resourceId, at), api + ":" + eventType + ":" + resourceId);
            }
        }
    }

    /** API names and event types are identifiers, the time an ISO instant: nothing to escape. */
    static String event(String api, String eventType, long resourceId, Instant at) {
        return "{\"api\":\"" + api + "\",\"eventType\":\"" + eventType + "\",\"resourceId\":" + resourceId
                + ",\"eventTime\":\"" + at + "\"}";
    }
}
