package io.kexiang.alarm.tmf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.alarm.store.Alarm;
import io.kexiang.alarm.store.AlarmOperations;
import io.kexiang.alarm.store.Alarms;
import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.RefusedException;
import io.kexiang.shared.Text;
import io.kexiang.shared.web.FieldsProjection;
import io.kexiang.shared.web.JsonBodies;
import io.kexiang.shared.web.PageWindow;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** TMF642 {@code alarm}: NOC staff and NMS clients read, NMSs create, engineers and NMSs change. */
@RestController
@PreAuthorize("hasAuthority('STAFF') or hasRole('NMS_CLIENT')")
class AlarmController {

    static final String OPERATORS = "hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN', "
            + "'NMS_CLIENT')";
    private static final Map<String, String> SORTS = Map.of("alarmRaisedTime", "raisedAt", "alarmChangedTime",
            "changedAt", "alarmClearedTime", "clearedAt", "id", "id", "perceivedSeverity", "perceivedSeverity");

    private final AlarmVisibility visibility;
    private final Alarms alarms;
    private final AlarmViews views;
    private final AlarmOperations operations;
    private final ObjectMapper json;

    AlarmController(Alarms alarms, AlarmViews views, AlarmOperations operations, ObjectMapper json,
            AlarmVisibility visibility) {
        this.visibility = visibility;
        this.alarms = alarms;
        this.views = views;
        this.operations = operations;
        this.json = json;
    }

    @GetMapping(Tmf642.ALARM)
    @Transactional(readOnly = true)
    ResponseEntity<List<Map<String, Object>>> list(@RequestParam Map<String, String> parameters,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String fields, @RequestParam(required = false) String sort,
            Authentication caller) {
        PageWindow window = PageWindow.of(offset, limit);
        Page<Alarm> page = alarms.findAll(AlarmQuery.of(parameters)
                .and(AlarmQuery.visibleTo(CustomerScope.ownCustomersOf(caller))), window.pageable(sort(sort)));
        FieldsProjection projection = FieldsProjection.of(fields);
        return PageWindow.respond(page, views.of(page.getContent()).stream().map(projection::apply).toList());
    }

    @GetMapping(Tmf642.ALARM + "/{id}")
    @Transactional(readOnly = true)
    Map<String, Object> get(@PathVariable long id, @RequestParam(required = false) String fields,
            Authentication caller) {
        visibility.require(id, caller);
        return FieldsProjection.of(fields).apply(views.of(id));
    }

    @PatchMapping(Tmf642.ALARM + "/{id}")
    @PreAuthorize(OPERATORS)
    @Transactional
    Map<String, Object> patch(@PathVariable long id, @RequestBody byte[] body, Authentication caller) {
        AlarmPatchReader.Patch patch = AlarmPatchReader.read(parse(body));
        // Not loaded here: the entity would stay in this transaction's cache, stale after the updates below.
        if (!alarms.existsById(id)) {
            throw new NotFoundException("alarm", id);
        }
        if (patch.owner().any() || patch.updated()) {
            requireOwner(id, caller);
            AlarmPatchReader.OwnerChange change = patch.owner();
            operations.ownerUpdate(id, Actors.of(caller, null, null), change.probableCause(),
                    change.specificProblem(), change.alarmType(), change.alarmDetails());
        }
        if ("acknowledged".equals(patch.ackState())) {
            operations.acknowledge(id, Actors.of(caller, patch.ackUserId(), patch.ackSystemId()));
        } else if ("unacknowledged".equals(patch.ackState())) {
            operations.unacknowledge(id, Actors.of(caller, patch.ackUserId(), patch.ackSystemId()));
        }
        if (patch.severity() != null) {
            operations.changeSeverity(id, Actors.of(caller, null, null), patch.severity());
        }
        for (AlarmPatchReader.Comment comment : patch.comments()) {
            operations.comment(id, Actors.of(caller, comment.userId(), comment.systemId()), comment.text());
        }
        if (patch.clear()) {
            operations.clear(id, Actors.of(caller, patch.clearUserId(), patch.clearSystemId()), patch.clearedTime());
        }
        return views.of(id);
    }

    /**
     * The system that raised an alarm (its {@code sourceSystemId}: an NMS signing in with an API token of that
     * name, principal {@code token:<name>})
     * owns what it says about the fault; the NOC acknowledges, comments, clears and judges severity.
     */
    private void requireOwner(long id, Authentication caller) {
        boolean machine = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_NMS_CLIENT"));
        String owner = operations.owner(id);
        if (!machine || !caller.getName().equals("token:" + owner)) {
            throw new ForbiddenException(Text.of("alarm.ownerOnly", owner, String.join(", ", AlarmPatchReader.OWNERS)));
        }
    }

    @DeleteMapping(Tmf642.ALARM + "/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        throw new RefusedException(405, Text.of("alarm.neverDeleted"));
    }

    private JsonNode parse(byte[] body) {
        return JsonBodies.object(json, body);
    }

    private static Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("id"));
        }
        boolean descending = sort.startsWith("-");
        String attribute = SORTS.get(descending ? sort.substring(1) : sort);
        if (attribute == null) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("sort", sort,
                    Text.of("problem.sort", String.join(", ", SORTS.keySet())))));
        }
        return Sort.by(descending ? Sort.Order.desc(attribute) : Sort.Order.asc(attribute), Sort.Order.desc("id"));
    }
}
