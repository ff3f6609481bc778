package io.kexiang.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.hub.internal.HubSubscriptions;
import io.kexiang.outbox.Outbox;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Records the events a change owes to each interested listener of its API, in the change's own transaction: a
 * change that rolls back owes nothing, one that commits is delivered even across a restart. The event carries the
 * resource as it is when it is sent (the {@code hub} route renders it).
 */
@Component
public class HubEvents {

    private final HubSubscriptions subscriptions;
    private final Outbox outbox;
    private final ObjectMapper json;

    HubEvents(HubSubscriptions subscriptions, Outbox outbox, ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.json = json;
    }

    public void owe(String api, String eventType, long resourceId, Instant at) {
        for (HubSubscriptions.Subscription subscription : subscriptions.all()) {
            if (subscription.api().equals(api) && subscription.wants(eventType)) {
                outbox.callback(HubSubscriptions.reference(subscription.id()), subscription.callback(), eventType,
                        event(api, eventType, resourceId, at));
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
