package io.kexiang.ingest.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.ingest.NormalisedEvent;
import io.kexiang.ingest.normalise.EventNaming;
import io.kexiang.ingest.normalise.Normaliser;
import io.kexiang.ingest.received.NamedVarbind;
import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.inventory.CircuitResolver;
import io.kexiang.inventory.NetworkElementRef;
import io.kexiang.mib.MibSymbol;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the archive derives from a received event (names from the MIBs, the network element from the inventory,
 * the normalised form from the rules), computed the same way when it is written and when it is replayed.
 */
@Component
class DerivedColumns {

    /** The raw_event columns this fills, in the order of {@link #of}. */
    static final String NAMES = "notification, network_element, decoded, family, event_type, probable_cause, "
            + "specific_problem, severity, resource, additional_text, external_alarm_id";
    static final String PLACEHOLDERS = "?, ?, ?::json, ?, ?, ?, ?, ?, ?::json, ?, ?";

    private final EventNaming naming;
    private final CircuitResolver resolver;
    private final Normaliser normaliser;
    private final ObjectMapper json;

    DerivedColumns(EventNaming naming, CircuitResolver resolver, Normaliser normaliser, ObjectMapper json) {
        this.naming = naming;
        this.resolver = resolver;
        this.normaliser = normaliser;
        this.json = json;
    }

    /** The columns to write, and the normalised event (null for a refused or undecodable one). */
    record Derived(Object[] columns, NormalisedEvent normalised) {
    }

    /** Nothing derived: every column of {@link #NAMES} null. */
    static final Derived NONE = new Derived(new Object[NAMES.split(",").length], null);

    Derived of(ReceivedEvent event) {
        String notification = naming.notification(event).map(MibSymbol::qualifiedName).orElse(event.trapOid());
        List<NamedVarbind> varbinds = naming.varbinds(event);
        Map<String, Object> decoded = new LinkedHashMap<>();
        if (notification != null) {
            decoded.put("notification", notification);
        }
        if (event.agentAddress() != null) {
            decoded.put("agentAddress", event.agentAddress());
        }
        decoded.put("varbinds", varbinds.stream().map(NamedVarbind::asJson).toList());
        if (event.outcome() != Outcome.ACCEPTED) {
            // Refused and undecodable events have no normalised form; the element is found from where they came.
            return new Derived(new Object[] {notification, elementName(event.originAddress()), toJson(decoded), null,
                null, null, null, null, null, null, null}, null);
        }
        // The normaliser finds the element, from the rule's own naming of it when it has one.
        NormalisedEvent normalised = normaliser.normalise(event.receivedAt(), event.sourceAddress(),
                event.originAddress(), this::elementName, notification, varbinds);
        return new Derived(new Object[] {notification, normalised.networkElement(), toJson(decoded),
            normalised.family(),
            normalised.eventType(), normalised.probableCause(), normalised.specificProblem(),
            normalised.severity().name().toLowerCase(), toJson(normalised.resource()), normalised.additionalText(),
            normalised.externalAlarmId()}, normalised);
    }

    private String elementName(String nameOrAddress) {
        return nameOrAddress == null ? null
                : resolver.networkElement(nameOrAddress).map(NetworkElementRef::name).orElse(null);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("derived columns are not serialisable", e);
        }
    }
}
