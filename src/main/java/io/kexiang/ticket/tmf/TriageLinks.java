package io.kexiang.ticket.tmf;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.ticket.store.SlaPolicy;
import io.kexiang.ticket.store.TicketRows;
import io.kexiang.ticket.store.TicketSettings;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A ticket taken in triage (it named no circuit and no customer) is linked by the NOC with a PATCH naming its
 * circuits ({@code relatedEntity}, {@code @referredType: Circuit}) or its customer ({@code relatedParty}, role
 * {@code customer}): it gets the customer, tier and account manager, and its restoration deadline by tier.
 */
@Component
class TriageLinks {

    private final CustomerDirectory customers;
    private final TicketRows rows;
    private final SlaPolicy sla;
    private final JdbcTemplate jdbc;

    TriageLinks(CustomerDirectory customers, TicketRows rows, TicketSettings settings, JdbcTemplate jdbc) {
        this.customers = customers;
        this.rows = rows;
        this.sla = settings.sla();
        this.jdbc = jdbc;
    }

    /** Links the ticket when the patch names circuits or a customer; does nothing otherwise. */
    void link(long id, JsonNode patch, String actor, Instant now) {
        TicketParties parties = TicketParties.of(patch);
        if (parties.none()) {
            return;
        }
        Map<String, Object> ticket = jdbc.queryForMap("select triage, ticket_type, created_at from trouble_ticket "
                + "where id = ? for update", id);
        if (!Boolean.TRUE.equals(ticket.get("triage"))) {
            throw new ConflictException(Text.of("ticket.notInTriage", id));
        }
        List<FieldProblem> problems = new ArrayList<>();
        CircuitOwner owner = parties.owner(customers, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        String tier = owner.tier().name();
        Instant opened = ((Timestamp) ticket.get("created_at")).toInstant();
        jdbc.update("""
                update trouble_ticket set customer_code = ?, customer_name = ?, tier = ?,
                    account_manager_employee_id = ?, account_manager_name = ?, restoration_due = ?, triage = false,
                    updated_at = ?
                where id = ?""", owner.customerCode().value(), owner.customerName(), tier,
                owner.accountManager() == null ? null : owner.accountManager().employeeId(),
                owner.accountManager() == null ? null : owner.accountManager().name(),
                Timestamp.from(sla.restorationDue(opened, (String) ticket.get("ticket_type"), tier)),
                Timestamp.from(now), id);
        rows.circuits(id, parties.circuitIds());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("customer", owner.customerCode().value());
        detail.put("circuits", parties.circuitIds());
        rows.journal(id, now, actor, "linked", detail);
    }
}
