package io.kexiang.hub.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.hub.HubPayload;
import java.time.OffsetDateTime;
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
public class HubEventBodies {

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

    /** @param owed what the outbox row holds: the API, event type, resource id and event time */
    public String render(String owed, String messageId) throws JsonProcessingException {
        JsonNode event = json.readTree(owed);
        HubPayload payload = payloads.get(event.get("api").asText());
        if (payload == null) {
            throw new IllegalStateException("no hub payload for API " + event.get("api").asText());
        }
        Map<String, Object> resource = readOnly.execute(status -> payload.render(event.get("resourceId").asLong()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", messageId);
        body.put("eventTime", OffsetDateTime.parse(event.get("eventTime").asText()).toInstant().toString());
        body.put("eventType", event.get("eventType").asText());
        body.put("event", Map.of(payload.resource(), resource));
        return json.writeValueAsString(body);
    }
}
