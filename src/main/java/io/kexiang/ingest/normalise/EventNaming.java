package io.kexiang.ingest.normalise;

import io.kexiang.ingest.received.NamedVarbind;
import io.kexiang.ingest.received.OctetText;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.ingest.received.Varbind;
import io.kexiang.mib.MibObject;
import io.kexiang.mib.MibRegistry;
import io.kexiang.mib.MibSymbol;
import io.kexiang.mib.ObjectInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Names a received event with the compiled MIBs: {@code IF-MIB::linkDown}, {@code ifOperStatus.5 = down}. What no
 * MIB names stays as its OID, and the event is kept all the same.
 */
@Component
public class EventNaming {

    private final MibRegistry mibs;

    EventNaming(MibRegistry mibs) {
        this.mibs = mibs;
    }

    public Optional<MibSymbol> notification(ReceivedEvent event) {
        return event.trapOid() == null ? Optional.empty() : mibs.notification(event.trapOid());
    }

    public List<NamedVarbind> varbinds(ReceivedEvent event) {
        List<NamedVarbind> named = new ArrayList<>(event.varbinds().size());
        for (Varbind varbind : event.varbinds()) {
            Optional<ObjectInstance> instance = mibs.objectInstance(varbind.oid());
            String value = varbind.octets() != null ? OctetText.render(varbind.octets()) : varbind.text();
            String label = instance.map(ObjectInstance::object).flatMap(object -> label(object, varbind)).orElse(null);
            // A feed's field ("ne", "severity") is not an OID: it is its own object name.
            String field = instance.isEmpty() && !Character.isDigit(varbind.oid().charAt(0)) ? varbind.oid() : null;
            named.add(new NamedVarbind(varbind.oid(),
                    instance.map(i -> i.object().symbol().name()).orElse(field),
                    instance.map(i -> i.object().symbol().module()).orElse(field == null ? null : "FEED"),
                    instance.map(ObjectInstance::index).orElse(field == null ? null : ""), varbind.syntax(), value,
                    label));
        }
        return named;
    }

    private static Optional<String> label(MibObject object, Varbind varbind) {
        if ("BITS".equals(object.syntax()) && varbind.octets() != null) {
            return object.bitsLabel(varbind.octets());
        }
        if (varbind.text() == null) {
            return Optional.empty();
        }
        try {
            return object.label(Long.parseLong(varbind.text()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
