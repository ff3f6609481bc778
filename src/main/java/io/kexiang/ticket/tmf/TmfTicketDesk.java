package io.kexiang.ticket.tmf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kexiang.shared.Blank;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.TicketId;
import io.kexiang.shared.web.PageWindow;
import io.kexiang.ticket.TicketDesk;
import io.kexiang.ticket.store.TicketRows;
import io.kexiang.ticket.store.TicketTransitions;
import io.kexiang.ticket.store.TicketVisibility;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The console's desk over the same search, views, visibility and transitions as the TMF621 API. */
@Component
@PreAuthorize("hasAuthority('STAFF')")
class TmfTicketDesk implements TicketDesk {

    private final TicketSearch search;
    private final TicketViews views;
    private final TicketVisibility visibility;
    private final TicketJournal journal;
    private final TicketRows rows;
    private final TicketTransitions transitions;
    private final Clock clock;
    private final TicketDeclarations declarations;
    private final ObjectMapper json;

    TmfTicketDesk(TicketSearch search, TicketViews views, TicketVisibility visibility,
            TicketJournal journal, TicketRows rows, TicketTransitions transitions, Clock clock,
            TicketDeclarations declarations, ObjectMapper json) {
        this.declarations = declarations;
        this.json = json;
        this.search = search;
        this.views = views;
        this.visibility = visibility;
        this.journal = journal;
        this.rows = rows;
        this.transitions = transitions;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(TroubleTicketController.ACTORS)
    public TicketId declare(Declaration declaration, Authentication actor) {
        ObjectNode body = json.createObjectNode();
        body.put("ticketType", declaration.ticketType());
        body.put("severity", declaration.severity());
        body.put("description", declaration.description());
        if (declaration.priority() != null && !declaration.priority().isBlank()) {
            body.put("priority", declaration.priority());
        }
        if (declaration.name() != null && !declaration.name().isBlank()) {
            body.put("name", declaration.name());
        }
        ArrayNode entities = body.putArray("relatedEntity");
        declaration.circuitIds().forEach(circuit -> entities.addObject().put("id", circuit)
                .put("@referredType", "Circuit"));
        if (declaration.customerCode() != null && !declaration.customerCode().isBlank()) {
            body.putArray("relatedParty").addObject().put("id", declaration.customerCode().trim())
                    .put("role", "customer");
        }
        if (declaration.note() != null && !declaration.note().isBlank()) {
            body.putArray("note").addObject().put("text", declaration.note());
        }
        return TicketId.of(declarations.declare(body, actor));
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Map<String, String> filters, Authentication viewer, int offset, int limit) {
        PageWindow window = PageWindow.of(offset, Math.min(limit, PageWindow.MAX_LIMIT));
        TicketSearch.Found found = search.find(filters, viewer, window.offset(), window.limit());
        return new Page(views.of(found.ids()), found.total());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> ticket(TicketId id, Authentication viewer) {
        Map<String, Object> ticket = views.of(id.value());
        visibility.require(id.value(), viewer);
        return ticket;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> journal(TicketId id, Authentication viewer) {
        ticket(id, viewer);
        return journal.of(id.value());
    }

    @Override
    public List<Map<String, Object>> faultReasons() {
        return rows.faultReasons();
    }

    @Override
    public List<Map<String, Object>> faultReasonCatalogue() {
        return rows.faultReasonCatalogue();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void putFaultReason(String code, String name, String category, boolean active) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (code == null || !code.matches("[A-Z0-9_]{1,64}")) {
            problems.add(FieldProblem.of("code", code, Text.of("console.catalogue.code")));
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(FieldProblem.of("name", name, Text.of("problem.required")));
        }
        if (category == null || category.isBlank() || category.length() > 64) {
            problems.add(FieldProblem.of("category", category, Text.of("problem.required")));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        rows.putFaultReason(code, name.trim(), category.trim(), active);
    }

    @Override
    @Transactional
    @PreAuthorize(TroubleTicketController.ACTORS)
    public void move(TicketId id, Move move, Authentication actor) {
        ticket(id, actor);
        if (move.status() == null || move.status().isBlank()) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("status", null,
                    Text.of("problem.required"))));
        }
        transitions.move(id.value(), new TicketTransitions.Move(move.status(), Blank.toNull(move.reason()),
                Blank.toNull(move.faultReason()), Blank.toNull(move.resolution()),
                Blank.toNull(move.openAlarmOverride())), actor.getName(),
                TroubleTicketController.answersForResponse(actor));
    }

    @Override
    @Transactional
    @PreAuthorize(TroubleTicketController.ACTORS)
    public void returnVisit(TicketId id, boolean confirmed, String satisfaction, String comment,
            Authentication actor) {
        ticket(id, actor);
        transitions.returnVisit(id.value(), new TicketTransitions.ReturnVisit(confirmed, Blank.toNull(satisfaction),
                Blank.toNull(comment)), actor.getName());
    }

    @Override
    @Transactional
    @PreAuthorize(TroubleTicketController.ACTORS)
    public void note(TicketId id, String text, Authentication actor) {
        ticket(id, actor);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("text", null,
                    Text.of("problem.required"))));
        }
        rows.note(id.value(), actor.getName(), clock.instant(), text);
    }
}
