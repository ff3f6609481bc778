package io.kexiang.inventory.element;

import io.kexiang.inventory.InventoryChanged;
import io.kexiang.shared.NetworkAddress;
import io.kexiang.shared.audit.AuditTrail;
import io.kexiang.shared.csv.ImportCounts;
import io.kexiang.shared.database.Upserted;
import static io.kexiang.shared.database.Upserted.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way network elements are written: upsert by name, a whole list per statement ({@code unnest}), so a
 * file of thousands costs a handful of round trips. Addresses are made to equal the draft's.
 */
@Component
class NetworkElementWriter {

    private static final String UPSERT = """
            insert into network_element (name, vendor, model, site, role, nms_name, trap_communities)
            select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                ?::varchar[])
            on conflict (name) do update set vendor = excluded.vendor, model = excluded.model, site = excluded.site,
                role = excluded.role, nms_name = excluded.nms_name, trap_communities = excluded.trap_communities,
                status = 'ACTIVE', updated_at = now(),
                version = network_element.version + 1
            returning name, id, xmax = 0""";
    private static final String DROP_OTHER_ADDRESSES = """
            delete from ne_address a where a.ne_id = any(?::bigint[]) and not exists
                (select 1 from unnest(?::bigint[], ?::varchar[]) k(ne_id, address)
                 where k.ne_id = a.ne_id and k.address = a.address)""";
    private static final String ADD_ADDRESSES = """
            insert into ne_address (ne_id, address) select * from unnest(?::bigint[], ?::varchar[])
            on conflict do nothing""";

    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    NetworkElementWriter(JdbcTemplate jdbc, AuditTrail auditTrail, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.events = events;
    }

    @Transactional
    ImportCounts upsert(List<NetworkElementDraft> drafts) {
        auditTrail.stampActor();
        Upserted upserted = Upserted.run(jdbc, UPSERT, texts(drafts, NetworkElementDraft::name),
                texts(drafts, NetworkElementDraft::vendor), texts(drafts, NetworkElementDraft::model),
                texts(drafts, NetworkElementDraft::site), texts(drafts, d -> d.role().name()),
                texts(drafts, NetworkElementDraft::nmsName),
                texts(drafts, d -> d.communities().isEmpty() ? null : String.join(",", d.communities())));
        writeAddresses(drafts, upserted.ids());
        events.publishEvent(new InventoryChanged("network-elements", drafts.size()));
        return ImportCounts.of("network-elements", upserted.created(), drafts.size() - upserted.created());
    }

    @Transactional
    void cease(String name) {
        auditTrail.stampActor();
        jdbc.update("update network_element set status = 'CEASED', updated_at = now(), version = version + 1 "
                + "where name = ? and status <> 'CEASED'", name);
        events.publishEvent(new InventoryChanged("network-elements", 1));
    }

    private void writeAddresses(List<NetworkElementDraft> drafts, Map<String, Long> ids) {
        List<Long> owners = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (NetworkElementDraft draft : drafts) {
            for (String ip : draft.mgmtIps()) {
                owners.add(ids.get(draft.name()));
                addresses.add(NetworkAddress.canonical(ip).orElseThrow());
            }
        }
        Long[] ownerArray = owners.toArray(Long[]::new);
        String[] addressArray = addresses.toArray(String[]::new);
        jdbc.update(DROP_OTHER_ADDRESSES, ids.values().toArray(Long[]::new), ownerArray, addressArray);
        jdbc.update(ADD_ADDRESSES, ownerArray, addressArray);
    }
}
