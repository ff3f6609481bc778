package io.kexiang.inventory.customer;

import static io.kexiang.shared.database.Upserted.longs;
import static io.kexiang.shared.database.Upserted.texts;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.inventory.InventoryChanged;
import io.kexiang.shared.audit.AuditTrail;
import io.kexiang.shared.csv.ImportCounts;
import io.kexiang.shared.database.Upserted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one way group customers are written: upsert by customer code, a whole list per statement. */
@Component
class CustomerWriter {

    private static final String UPSERT = """
            insert into group_customer (customer_code, name, tier, industry, account_manager_id)
            select u.code, u.name, u.tier, u.industry, u.manager
            from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[])
                 u(code, name, tier, industry, manager)
            on conflict (customer_code) do update set name = excluded.name, tier = excluded.tier,
                industry = excluded.industry, account_manager_id = excluded.account_manager_id, status = 'ACTIVE',
                updated_at = now(), version = group_customer.version + 1
            returning customer_code, id, xmax = 0""";
    private static final String REPLACE_CONTACTS = """
            insert into customer_contact (customer_id, name, title, phone, mobile, email, position)
            select * from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                 ?::int[])""";

    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final PersonDirectory people;

    CustomerWriter(JdbcTemplate jdbc, AuditTrail auditTrail, ApplicationEventPublisher events,
            PersonDirectory people) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.events = events;
        this.people = people;
    }

    @Transactional
    ImportCounts upsert(List<CustomerDraft> drafts) {
        auditTrail.stampActor();
        // The account manager is identity's person: asked of its directory, not read from its table.
        Map<String, PersonRef> managers = people.byEmployeeIds(drafts.stream()
                .map(CustomerDraft::accountManagerEmployeeId).filter(Objects::nonNull).distinct().toList());
        Upserted upserted = Upserted.run(jdbc, UPSERT, texts(drafts, CustomerDraft::customerCode),
                texts(drafts, CustomerDraft::name), texts(drafts, d -> d.tier().name()),
                texts(drafts, CustomerDraft::industry), longs(drafts, d -> managers.containsKey(
                        d.accountManagerEmployeeId()) ? managers.get(d.accountManagerEmployeeId()).id() : null));
        replaceContacts(drafts, upserted.ids());
        events.publishEvent(new InventoryChanged("customers", drafts.size()));
        return ImportCounts.of("customers", upserted.created(), drafts.size() - upserted.created());
    }

    @Transactional
    void cease(String customerCode) {
        auditTrail.stampActor();
        jdbc.update("update group_customer set status = 'CEASED', updated_at = now(), version = version + 1 "
                + "where customer_code = ? and status <> 'CEASED'", customerCode);
        events.publishEvent(new InventoryChanged("customers", 1));
    }

    private void replaceContacts(List<CustomerDraft> drafts, Map<String, Long> ids) {
        List<Long> owners = new ArrayList<>();
        List<ContactDraft> contacts = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Long> replaced = new ArrayList<>();
        for (CustomerDraft draft : drafts) {
            if (draft.contacts() == null) {
                continue;
            }
            Long id = ids.get(draft.customerCode());
            replaced.add(id);
            for (int i = 0; i < draft.contacts().size(); i++) {
                owners.add(id);
                contacts.add(draft.contacts().get(i));
                positions.add(i);
            }
        }
        if (replaced.isEmpty()) {
            return;
        }
        jdbc.update("delete from customer_contact where customer_id = any(?::bigint[])",
                (Object) replaced.toArray(Long[]::new));
        jdbc.update(REPLACE_CONTACTS, owners.toArray(Long[]::new), texts(contacts, ContactDraft::name),
                texts(contacts, ContactDraft::title), texts(contacts, ContactDraft::phone),
                texts(contacts, ContactDraft::mobile), texts(contacts, ContactDraft::email),
                positions.toArray(Integer[]::new));
    }
}
