package io.kexiang.ticket.tmf;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.identity.CustomerScope;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.TicketId;
import io.kexiang.ticket.TicketOpened;
import io.kexiang.ticket.store.NewTicket;
import io.kexiang.ticket.store.SlaPolicy;
import io.kexiang.ticket.store.TicketRows;
import io.kexiang.ticket.store.TicketSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 故障申报: a fault declared by hand on a circuit, or a consultation or complaint (Case) of a customer, as the TMF621
 * body describes it; for the API's POST and the console's form alike. A ticket that names no circuit and no
 * customer is taken all the same and waits in triage; an account manager declares for their own customers only.
 */
@Component
class TicketDeclarations {

    private final CustomerDirectory customers;
    private final TicketRows rows;
    private final SlaPolicy sla;
    private final TicketSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketDeclarations(CustomerDirectory customers, TicketRows rows, TicketSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.rows = rows;
        this.sla = settings.sla();
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** @return the new ticket's id */
    @Transactional
    long declare(JsonNode ticket, Authentication caller) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String field : List.of("description", "severity", "ticketType")) {
            if (!ticket.path(field).isTextual() || ticket.path(field).asText().isBlank()) {
                problems.add(FieldProblem.of(field, null, Text.of("problem.required")));
            }
        }
        // TMF621's ticketType is free text: filed under a kind, and kept as sent.
        String reportedType = ticket.path("ticketType").asText("").trim();
        if (reportedType.length() > 64) {
            problems.add(FieldProblem.of("ticketType", reportedType.substring(0, 40) + "…",
                    Text.of("problem.longest", 64, reportedType.length())));
        }
        String type = reportedType.isEmpty() ? "fault" : settings.kindOf(reportedType);
        String priority = ticket.path("priority").asText(type.equals("fault") ? "urgent" : "general");
        if (!Set.of("urgent", "general", "complex").contains(priority)) {
            problems.add(FieldProblem.of("priority", priority, Text.of("problem.oneOf", "urgent, general, complex")));
        }
        TicketParties parties = TicketParties.of(ticket);
        CircuitOwner owner = parties.owner(customers, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        // A ticket that names no circuit and no customer is taken all the same: the NOC links it (triage).
        boolean triage = owner == null;
        String declaredFor = triage || owner.accountManager() == null ? null : owner.accountManager().employeeId();
        CustomerCode ownerCode = triage ? null : owner.customerCode();
        CustomerScope.ownCustomersOf(caller).filter(manager -> !manager.equals(declaredFor))
                .ifPresent(manager -> {
                    throw new ForbiddenException(Text.of("ticket.notYourCustomer", ownerCode));
                });
        Instant now = clock.instant();
        String tier = triage ? null : owner.tier().name();
        NewTicket draft = new NewTicket(type, "manual", ticket.path("name").asText(shorten(ticket.path(
                "description").asText())), ticket.path("description").asText(), ticket.path("severity").asText(),
                priority, triage ? null : ownerCode.value(), triage ? null : owner.customerName(), tier,
                declaredFor, triage || owner.accountManager() == null ? null : owner.accountManager().name(), null,
                parties.circuitIds(), sla.responseDue(now, priority), sla.restorationDue(now, type, tier),
                caller.getName());
        TicketRows.Opened opened = rows.insert(draft, now).orElseThrow();
        long id = opened.id();
        rows.reported(id, reportedType, triage);
        rows.journal(id, now, caller.getName(), "opened", triage ? Map.of("origin", "manual", "triage", true)
                : Map.of("origin", "manual"));
        for (JsonNode note : ticket.path("note")) {
            if (note.path("text").isTextual()) {
                rows.note(id, caller.getName(), now, note.path("text").asText());
            }
        }
        events.publishEvent(new TicketOpened(TicketId.of(id), opened.number(), ownerCode, declaredFor, priority,
                draft.responseDue(), draft.restorationDue()));
        return id;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
