package io.kexiang.hub.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.hub.HubEvents;
import io.kexiang.outbox.Outbox;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * One outbox message per interested listener; the {@code outbox-hub} route renders the event when it sends it, from
 * the resource as it is then. So a listener's events of one type about one resource that wait together are one
 * (the outbox coalesces them): a flood of repeats does not become a flood of identical posts.
 */
@Component
class OutboxHubEvents implements HubEvents {

    private final HubSubscriptions subscriptions;
    private final Outbox outbox;
    private final ObjectMapper json;

    OutboxHubEvents(HubSubscriptions subscriptions, Outbox outbox, ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.json = json;
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

    private String event(String api, String eventType, long resourceId, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("api", api);
        event.put("eventType", eventType);
        event.put("resourceId", resourceId);
        event.put("eventTime", at.toString());
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
