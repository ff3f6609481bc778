package io.kexiang.ticket.tmf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.Role;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.web.FieldsProjection;
import io.kexiang.shared.web.JsonBodies;
import io.kexiang.shared.web.PageWindow;
import io.kexiang.ticket.store.TicketRows;
import io.kexiang.ticket.store.TicketTransitions;
import io.kexiang.ticket.store.TicketVisibility;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TMF621 {@code troubleTicket}: staff and OSS clients read; engineers and account managers declare faults (故障申报)
 * and move tickets; account managers record the return visit (回访).
 */
@RestController
@PreAuthorize("hasAuthority('STAFF') or hasRole('NMS_CLIENT')")
class TroubleTicketController {

    static final String ACTORS = "hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', "
            + "'ACCOUNT_MANAGER', 'ADMIN', 'NMS_CLIENT')";

    private final TicketVisibility visibility;
    private final TicketViews views;
    private final TicketRows rows;
    private final TicketTransitions transitions;
    private final PersonDirectory people;
    private final TriageLinks triage;
    private final TicketSearch search;
    private final TicketJournal journal;
    private final TicketDeclarations declarations;
    private final ObjectMapper json;
    private final Clock clock;

    TroubleTicketController(TicketViews views, TicketRows rows, TicketTransitions transitions,
            PersonDirectory people, ObjectMapper json, Clock clock, TicketVisibility visibility, TriageLinks triage,
            TicketSearch search, TicketJournal journal, TicketDeclarations declarations) {
        this.views = views;
        this.rows = rows;
        this.transitions = transitions;
        this.people = people;
        this.json = json;
        this.clock = clock;
        this.visibility = visibility;
        this.triage = triage;
        this.search = search;
        this.journal = journal;
        this.declarations = declarations;
    }

    @GetMapping(TicketViews.TICKETS)
    @Transactional(readOnly = true)
    ResponseEntity<List<Map<String, Object>>> list(@RequestParam Map<String, String> parameters,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String fields, Authentication caller) {
        PageWindow window = PageWindow.of(offset, limit);
        TicketSearch.Found found = search.find(parameters, caller, window.offset(), window.limit());
        FieldsProjection projection = FieldsProjection.of(fields);
        return PageWindow.respond(found.total(), views.of(found.ids()).stream().map(projection::apply).toList());
    }

    @GetMapping(TicketViews.TICKETS + "/{id}")
    @Transactional(readOnly = true)
    Map<String, Object> get(@PathVariable long id, @RequestParam(required = false) String fields,
            Authentication caller) {
        visibility.require(id, caller);
        return FieldsProjection.of(fields).apply(views.of(id));
    }

    /** A fault declared by hand on a circuit, or a consultation or complaint of a customer. */
    @PostMapping(TicketViews.TICKETS)
    @PreAuthorize(ACTORS)
    @Transactional
    ResponseEntity<Map<String, Object>> create(@RequestBody byte[] body, Principal caller) {
        long id = declarations.declare(parse(body), (Authentication) caller);
        Map<String, Object> created = views.of(id);
        return ResponseEntity.created(URI.create(TicketViews.TICKETS + "/" + id)).body(created);
    }

    /**
     * {@code status} (with {@code statusChangeReason}; {@code faultReason} and {@code resolution} to resolve),
     * {@code note} (appended), {@code returnVisit} ({@code confirmed}, {@code satisfaction}, {@code comment}).
     */
    @PatchMapping(TicketViews.TICKETS + "/{id}")
    @PreAuthorize(ACTORS)
    @Transactional
    Map<String, Object> patch(@PathVariable long id, @RequestBody byte[] body, Principal caller) {
        visibility.require(id, (Authentication) caller);
        JsonNode patch = parse(body);
        List<FieldProblem> problems = PatchCheck.problems(patch);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        views.of(id);
        Instant now = clock.instant();
        for (JsonNode note : PatchCheck.notes(patch)) {
            rows.note(id, caller.getName(), now, note.path("text").asText());
        }
        triage.link(id, patch, caller.getName(), now);
        assign(id, patch, caller.getName(), now);
        String status = patch.path("status").asText(null);
        if (status != null) {
            transitions.move(id, new TicketTransitions.Move(status, patch.path("statusChangeReason").asText(null),
                    patch.path("faultReason").asText(null), patch.path("resolution").asText(null),
                    patch.path("openAlarmOverride").asText(null)), caller.getName(), answersForResponse(caller));
        }
        JsonNode visit = patch.path("returnVisit");
        if (visit.isObject()) {
            if (!visit.path("confirmed").isBoolean()) {
                throw InvalidInputException.badRequest(List.of(FieldProblem.of("returnVisit.confirmed", null,
                        Text.of("ticket.returnVisitConfirmed"))));
            }
            transitions.returnVisit(id, new TicketTransitions.ReturnVisit(visit.path("confirmed").asBoolean(),
                    visit.path("satisfaction").asText(null), visit.path("comment").asText(null)), caller.getName());
        }
        return views.of(id);
    }

    /**
     * The NOC chain answers for the response deadline; an account manager (or a machine) taking a ticket in hand
     * does not make the NOC's response met.
     */
    static boolean answersForResponse(Principal caller) {
        return caller instanceof Authentication authentication && Role.heldBy(authentication, Role.CENTRE);
    }

    /** {@code relatedParty} with role {@code assignee} (a person) and {@code assigneeGroup}: who works the ticket. */
    private void assign(long id, JsonNode patch, String actor, Instant now) {
        String assignee = null;
        for (JsonNode party : patch.path("relatedParty")) {
            if ("customer".equals(party.path("role").asText())) {
                continue;
            }
            if (!"assignee".equals(party.path("role").asText())) {
                throw InvalidInputException.badRequest(List.of(FieldProblem.of("relatedParty", party.toString(),
                        Text.of("ticket.onlyAssignee"))));
            }
            assignee = party.path("id").asText();
            if (people.byEmployeeId(assignee).isEmpty()) {
                throw InvalidInputException.badRequest(List.of(FieldProblem.of("relatedParty", assignee,
                        Text.noSuch("person"))));
            }
        }
        String group = patch.path("assigneeGroup").isTextual() ? patch.path("assigneeGroup").asText() : null;
        if (assignee == null && group == null) {
            return;
        }
        rows.assign(id, assignee, group, now);
        Map<String, Object> detail = new LinkedHashMap<>();
        if (assignee != null) {
            detail.put("assignee", assignee);
        }
        if (group != null) {
            detail.put("assigneeGroup", group);
        }
        rows.journal(id, now, actor, "assigned", detail);
    }

    @GetMapping("/api/v1/tickets/{id}/journal")
    @PreAuthorize("hasAuthority('STAFF')")
    List<Map<String, Object>> journal(@PathVariable long id, Authentication caller) {
        views.of(id);
        visibility.require(id, caller);
        return journal.of(id);
    }

    @GetMapping("/api/v1/fault-reasons")
    @PreAuthorize("hasAuthority('STAFF')")
    List<Map<String, Object>> faultReasons() {
        return rows.faultReasons();
    }

    private JsonNode parse(byte[] body) {
        return JsonBodies.object(json, body);
    }
}
