package io.kexiang.hub.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.hub.HubPayload;
import io.kexiang.outbox.OutboxBodies;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The body the {@code hub} route posts: {@code {eventId, eventTime, eventType, event: {alarm: {…}}}}, with the
 * resource as its API shows it now. Each API's module gives its {@link HubPayload}.
 */
@Component("hubEventBodies")
public class HubEventBodies implements OutboxBodies {

    private final Map<String, HubPayload> payloads;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;

    HubEventBodies(List<HubPayload> payloads, PlatformTransactionManager transactions, ObjectMapper json) {
        this.payloads = payloads.stream().collect(Collectors.toUnmodifiableMap(HubPayload::api,
                Function.identity()));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
    }

    @Override
    public String channel() {
        return "hub";
    }

    /**
     * A batch of a listener's events, each API's resources read in one go (in one read-only transaction); an event
     * that cannot be rendered here is left to {@link #render} as it is sent.
     */
    @Override
    public Map<Long, String> render(Map<Long, String> owedByMessage) {
        Map<Long, JsonNode> events = new LinkedHashMap<>();
        Map<String, List<Long>> idsByApi = new HashMap<>();
        owedByMessage.forEach((messageId, owed) -> {
            try {
                JsonNode event = json.readTree(owed);
                events.put(messageId, event);
                idsByApi.computeIfAbsent(event.get("api").asText(), api -> new ArrayList<>())
                        .add(event.get("resourceId").asLong());
            } catch (JsonProcessingException | RuntimeException unreadable) {
                // left to the route, which fails it with the reason
            }
        });
        Map<String, Map<Long, Map<String, Object>>> resources = readOnly.execute(status -> {
            Map<String, Map<Long, Map<String, Object>>> byApi = new HashMap<>();
            idsByApi.forEach((api, ids) -> {
                HubPayload payload = payloads.get(api);
                if (payload != null) {
                    byApi.put(api, payload.renderAll(ids));
                }
            });
            return byApi;
        });
        Map<Long, String> bodies = new HashMap<>();
        events.forEach((messageId, event) -> {
            String api = event.get("api").asText();
            Map<String, Object> resource = resources.getOrDefault(api, Map.of())
                    .get(event.get("resourceId").asLong());
            if (resource != null) {
                bodies.put(messageId, body(payloads.get(api), event, resource, String.valueOf(messageId)));
            }
        });
        return bodies;
    }

    /**
     * @param owed what the outbox row holds: the API, event type, resource id and event time
     * @param rendered the body rendered with its batch, or null: then it is rendered now
     */
    public String render(String owed, String messageId, String rendered) throws JsonProcessingException {
        if (rendered != null) {
            return rendered;
        }
        JsonNode event = json.readTree(owed);
        HubPayload payload = payloads.get(event.get("api").asText());
        if (payload == null) {
            throw new IllegalStateException("no hub payload for API " + event.get("api").asText());
        }
        Map<String, Object> resource = readOnly.execute(status -> payload.render(event.get("resourceId").asLong()));
        return body(payload, event, resource, messageId);
    }

    private String body(HubPayload payload, JsonNode event, Map<String, Object> resource, String messageId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", messageId);
        body.put("eventTime", OffsetDateTime.parse(event.get("eventTime").asText()).toInstant().toString());
        body.put("eventType", event.get("eventType").asText());
        body.put("event", Map.of(payload.resource(), resource));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event body is not serialisable", e);
        }
    }
}
