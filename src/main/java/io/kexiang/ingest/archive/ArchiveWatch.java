package io.kexiang.ingest.archive;

import io.kexiang.ingest.IngestWatch;
import io.kexiang.shared.database.Where;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@PreAuthorize("hasAuthority('STAFF')")
class ArchiveWatch implements IngestWatch {

    private final Refusals refusals;
    private final RawEventSearch search;

    ArchiveWatch(Refusals refusals, RawEventSearch search) {
        this.refusals = refusals;
        this.search = search;
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
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", event.id());
            row.put("receivedAt", event.receivedAt());
            row.put("transport", event.transport());
            row.put("sourceAddress", event.sourceAddress());
            row.put("outcome", event.outcome());
            row.put("reason", event.reason());
            row.put("notification", event.notification());
            row.put("networkElement", event.networkElement());
            row.put("perceivedSeverity", event.normalised() == null ? null : event.normalised().perceivedSeverity());
            row.put("specificProblem", event.normalised() == null ? null : event.normalised().specificProblem());
            row.put("additionalText", event.normalised() == null ? null : event.normalised().additionalText());
            return row;
        }).toList();
    }
}
