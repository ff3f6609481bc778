package io.kexiang.inventory.circuit;

import io.kexiang.inventory.InventoryChanged;
import io.kexiang.shared.audit.AuditTrail;
import io.kexiang.shared.csv.ImportCounts;
import io.kexiang.shared.database.Upserted;
import static io.kexiang.shared.database.Upserted.ints;
import static io.kexiang.shared.database.Upserted.longs;
import static io.kexiang.shared.database.Upserted.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way circuits are written: upsert by circuit id with their terminations, in chunks of whole-list
 * statements ({@code unnest}), so that 100,000 circuits cost tens of round trips, not hundreds of thousands.
 */
@Component
class CircuitWriter {

    private static final int CHUNK = 20_000;
    private static final String UPSERT_CIRCUITS = """
            insert into circuit (circuit_id, customer_id, type, bandwidth_kbps, status)
            select u.cid, g.id, u.type, u.bw, u.status
            from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[]) u(cid, code, type, bw, status)
            join group_customer g on g.customer_code = u.code
            on conflict (circuit_id) do update set customer_id = excluded.customer_id, type = excluded.type,
                bandwidth_kbps = excluded.bandwidth_kbps, status = excluded.status, updated_at = now(),
                version = circuit.version + 1
            returning circuit_id, id, xmax = 0""";
    private static final String UPSERT_TERMINATIONS = """
            insert into termination (circuit_id, end_label, ne_id, if_index, if_name, dlci, vpi, vci, vrf,
                                     route_distinguisher, e1_line, timeslots)
            select u.circuit, u.end_label, n.id, u.if_index, u.if_name, u.dlci, u.vpi, u.vci, u.vrf, u.rd, u.e1, u.ts
            from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::int[], ?::varchar[], ?::int[], ?::int[], ?::int[],
                        ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                 u(circuit, end_label, ne, if_index, if_name, dlci, vpi, vci, vrf, rd, e1, ts)
            join network_element n on n.name = u.ne
            on conflict (circuit_id, end_label) do update set ne_id = excluded.ne_id, if_index = excluded.if_index,
                if_name = excluded.if_name, dlci = excluded.dlci, vpi = excluded.vpi, vci = excluded.vci,
                vrf = excluded.vrf, route_distinguisher = excluded.route_distinguisher, e1_line = excluded.e1_line,
                timeslots = excluded.timeslots""";

    private record End(Long circuit, String label, EndDraft end, CircuitDraft draft) {
    }

    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    CircuitWriter(JdbcTemplate jdbc, AuditTrail auditTrail, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.events = events;
    }

    @Transactional
    ImportCounts upsert(List<CircuitDraft> drafts) {
        auditTrail.stampActor();
        int created = 0;
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            created += upsertChunk(drafts.subList(from, Math.min(drafts.size(), from + CHUNK)));
        }
        events.publishEvent(new InventoryChanged("circuits", drafts.size()));
        return ImportCounts.of("circuits", created, drafts.size() - created);
    }

    @Transactional
    void cease(String circuitId) {
        auditTrail.stampActor();
        jdbc.update("update circuit set status = 'CEASED', updated_at = now(), version = version + 1 "
                + "where circuit_id = ? and status <> 'CEASED'", circuitId);
        events.publishEvent(new InventoryChanged("circuits", 1));
    }

    private int upsertChunk(List<CircuitDraft> drafts) {
        Upserted upserted = Upserted.run(jdbc, UPSERT_CIRCUITS, texts(drafts, CircuitDraft::circuitId),
                texts(drafts, CircuitDraft::customerCode), texts(drafts, d -> d.type().name()),
                longs(drafts, CircuitDraft::bandwidthKbps), texts(drafts, d -> d.status().name()));
        Map<String, Long> ids = upserted.ids();
        List<End> ends = new ArrayList<>();
        List<Long> withoutZ = new ArrayList<>();
        for (CircuitDraft draft : drafts) {
            long id = ids.get(draft.circuitId());
            ends.add(new End(id, "A", draft.aEnd(), draft));
            if (draft.zEnd() == null || draft.zEnd().isEmpty()) {
                withoutZ.add(id);
            } else {
                ends.add(new End(id, "Z", draft.zEnd(), draft));
            }
        }
        upsertTerminations(ends);
        jdbc.update("delete from termination where end_label = 'Z' and circuit_id = any(?::bigint[])",
                (Object) withoutZ.toArray(Long[]::new));
        return upserted.created();
    }

    private void upsertTerminations(List<End> ends) {
        jdbc.update(UPSERT_TERMINATIONS, longs(ends, End::circuit), texts(ends, End::label),
                texts(ends, e -> e.end().ne()), ints(ends, e -> e.end().ifIndex()), texts(ends, e -> e.end().ifName()),
                ints(ends, e -> e.draft().dlci()), ints(ends, e -> e.draft().vpi()), ints(ends, e -> e.draft().vci()),
                texts(ends, e -> e.draft().vrf()), texts(ends, e -> e.draft().routeDistinguisher()),
                texts(ends, e -> e.draft().e1Line()), texts(ends, e -> e.draft().timeslots()));
    }
}
