package io.kexiang.ingest.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.ingest.IngestWatch;
import io.kexiang.shared.database.Where;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@PreAuthorize("hasAuthority('STAFF')")
class ArchiveWatch implements IngestWatch {

    private final Refusals refusals;
    private final RawEventSearch search;
    private final ObjectMapper json;

    ArchiveWatch(Refusals refusals, RawEventSearch search, ObjectMapper json) {
        this.refusals = refusals;
        this.search = search;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> event(long id, boolean administrator) {
        return search.page(new Where().and("id = ?", id), administrator, 0, 1).stream().findFirst().map(event -> {
            Map<String, Object> row = envelope(event);
            row.put("sourcePort", event.sourcePort());
            row.put("snmpVersion", event.snmpVersion());
            row.put("pduType", event.pduType());
            row.put("varbinds", varbinds(event.decoded()));
            row.put("normalised", event.normalised());
            row.put("rawHex", event.rawHex());
            return row;
        });
    }

    /** What every view of an archived event shows: where and when it came from and what became of it. */
    private static Map<String, Object> envelope(RawEventSearch.ArchivedEvent event) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", event.id());
        row.put("receivedAt", event.receivedAt());
        row.put("transport", event.transport());
        row.put("sourceAddress", event.sourceAddress());
        row.put("outcome", event.outcome());
        row.put("reason", event.reason());
        row.put("notification", event.notification());
        row.put("networkElement", event.networkElement());
        return row;
    }

    /** The decoded varbinds, or none: a refused or undecodable datagram decoded to nothing. */
    private List<Map<String, Object>> varbinds(String decoded) {
        if (decoded == null) {
            return List.of();
        }
        try {
            JsonNode varbinds = json.readTree(decoded).path("varbinds");
            return varbinds.isArray() ? json.convertValue(varbinds, new TypeReference<List<Map<String, Object>>>() { })
                    : List.of();
        } catch (JsonProcessingException unreadable) {
            return List.of();
        }
    }

    @Override
    public List<Map<String, Object>> refusals() {
        return refusals.tallies().stream().map(tally -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", tally.source());
            row.put("outcome", tally.outcome().name());
            row.put("reason", tally.reason());
            row.put("count", tally.count());
            row.put("last", tally.last());
            return row;
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> latest(int limit) {
        return search.page(new Where(), false, 0, Math.min(limit, 200)).stream().map(event -> {
            Map<String, Object> row = envelope(event);
            row.put("perceivedSeverity", event.normalised() == null ? null : event.normalised().perceivedSeverity());
            row.put("specificProblem", event.normalised() == null ? null : event.normalised().specificProblem());
            row.put("additionalText", event.normalised() == null ? null : event.normalised().additionalText());
            return row;
        }).toList();
    }
}
