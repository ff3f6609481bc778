package io.kexiang.alarm.tmf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kexiang.alarm.store.Alarm;
import io.kexiang.alarm.store.AlarmOperations.Actor;
import io.kexiang.alarm.store.AlarmOperations;
import io.kexiang.alarm.store.AlarmTasks;
import io.kexiang.alarm.store.Alarms;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.web.JsonBodies;
import io.kexiang.shared.web.PageWindow;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The TMF642 task resources that act on many alarms at once: {@code ackAlarms}, {@code unAckAlarms},
 * {@code clearAlarms} and {@code commentAlarms} over the alarms a pattern matches, and {@code groupAlarms} and
 * {@code unGroupAlarms} that put alarms under a root cause by hand. A task runs at once ({@code state} done) and
 * stays readable.
 */
@RestController
@PreAuthorize("hasAuthority('STAFF') or hasRole('NMS_CLIENT')")
class AlarmTaskController {

    /** No task touches more alarms than this; a pattern that matches more is refused, not half done. */
    static final int MAX_ALARMS = 1000;

    enum Kind {
        ACK("ackAlarms", "ackedAlarm", List.of("ackSystemId", "ackUserId")),
        UNACK("unAckAlarms", "unAckedAlarm", List.of("ackSystemId", "ackUserId")),
        CLEAR("clearAlarms", "clearedAlarm", List.of("clearSystemId", "clearUserId", "alarmClearedTime")),
        COMMENT("commentAlarms", "commentedAlarm", List.of("comment")),
        GROUP("groupAlarms", "groupedAlarm", List.of("sourceSystemId", "alarmChangedTime", "parentAlarm",
                "correlatedAlarm")),
        UNGROUP("unGroupAlarms", "unGroupedAlarm", List.of("sourceSystemId", "alarmChangedTime", "parentAlarm",
                "correlatedAlarm"));

        final String path;
        final String result;
        final List<String> required;

        Kind(String path, String result, List<String> required) {
            this.path = path;
            this.result = result;
            this.required = required;
        }

        static Kind of(String path) {
            for (Kind kind : values()) {
                if (kind.path.equals(path)) {
                    return kind;
                }
            }
            throw new NotFoundException("taskResource", path);
        }
    }

    private final Alarms alarms;
    private final AlarmOperations operations;
    private final AlarmTasks tasks;
    private final ObjectMapper json;
    private final Clock clock;

    AlarmTaskController(Alarms alarms, AlarmOperations operations, AlarmTasks tasks, ObjectMapper json,
            Clock clock) {
        this.alarms = alarms;
        this.operations = operations;
        this.tasks = tasks;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(Tmf642.BASE + "/{task:ackAlarms|unAckAlarms|clearAlarms|commentAlarms|groupAlarms|unGroupAlarms}")
    @PreAuthorize(AlarmController.OPERATORS)
    @Transactional
    ResponseEntity<JsonNode> run(@PathVariable String task, @RequestBody byte[] body, Authentication caller) {
        Kind kind = Kind.of(task);
        ObjectNode request = read(body);
        List<FieldProblem> problems = new ArrayList<>();
        for (String field : kind.required) {
            if (!request.hasNonNull(field)) {
                problems.add(FieldProblem.of(field, null, Text.of("problem.required")));
            }
        }
        Instant clearedTime = kind == Kind.CLEAR ? time(request, "alarmClearedTime", problems) : null;
        if (kind == Kind.GROUP || kind == Kind.UNGROUP) {
            time(request, "alarmChangedTime", problems);
            return group(kind, request, problems, caller);
        }
        List<AlarmPatchReader.Comment> comments = kind == Kind.COMMENT
                ? AlarmPatchReader.comments(json.createArrayNode().add(request.path("comment")), problems) : List.of();
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        List<Alarm> matched = alarms.findAll(AlarmPatterns.of(request.get("alarmPattern")),
                PageRequest.of(0, MAX_ALARMS + 1, Sort.by("id"))).getContent();
        if (matched.size() > MAX_ALARMS) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("alarmPattern", null,
                    Text.of("alarm.patternTooWide", MAX_ALARMS))));
        }
        Actor actor = actor(kind, request, caller);
        ArrayNode done = json.createArrayNode();
        for (Alarm alarm : matched) {
            switch (kind) {
                case ACK -> operations.acknowledge(alarm.id(), actor);
                case UNACK -> operations.unacknowledge(alarm.id(), actor);
                case CLEAR -> operations.clear(alarm.id(), actor, clearedTime);
                case COMMENT -> operations.comment(alarm.id(), actor, comments.get(0).text());
                default -> throw new IllegalStateException(kind + " takes no pattern");
            }
            done.add(json.createObjectNode().put("id", String.valueOf(alarm.id()))
                    .put("href", Tmf642.href(alarm.id())));
        }
        ObjectNode result = request.deepCopy();
        result.put("state", "done");
        result.set(kind.result, done);
        return stored(kind, result, actor);
    }

    private ResponseEntity<JsonNode> group(Kind kind, ObjectNode request, List<FieldProblem> problems,
            Authentication caller) {
        Long parent = alarmId(request.path("parentAlarm"), "parentAlarm", problems);
        List<Long> children = new ArrayList<>();
        JsonNode correlated = request.path("correlatedAlarm");
        if (!correlated.isMissingNode() && (!correlated.isArray() || correlated.isEmpty())) {
            problems.add(FieldProblem.of("correlatedAlarm", correlated.toString(),
                    Text.of("alarm.correlatedRequired")));
        }
        for (int i = 0; i < correlated.size(); i++) {
            children.add(alarmId(correlated.get(i), "correlatedAlarm[" + i + "]", problems));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        Actor actor = Actors.of(caller, null, request.path("sourceSystemId").asText(null));
        List<Long> done = kind == Kind.GROUP ? operations.group(parent, children, actor)
                : operations.ungroup(parent, children, actor);
        ArrayNode refs = json.createArrayNode();
        done.forEach(id -> refs.add(json.createObjectNode().put("id", String.valueOf(id))
                .put("href", Tmf642.href(id))));
        ObjectNode result = request.deepCopy();
        result.put("state", "done");
        result.set(kind.result, refs);
        return stored(kind, result, actor);
    }

    private static Long alarmId(JsonNode ref, String field, List<FieldProblem> problems) {
        JsonNode id = ref.path("id");
        if (id.canConvertToLong() || id.isTextual() && id.asText().matches("[0-9]{1,18}")) {
            return id.asLong();
        }
        if (!ref.isMissingNode()) {
            problems.add(FieldProblem.of(field + ".id", id.asText(null), Text.of("alarm.idNumber")));
        }
        return null;
    }

    private ResponseEntity<JsonNode> stored(Kind kind, ObjectNode result, Actor actor) {
        Instant now = clock.instant();
        switch (kind) {
            case ACK, UNACK -> result.put("ackUserId", actor.userId()).put("ackSystemId", actor.systemId())
                    .put("ackTime", now.toString());
            case CLEAR -> result.put("clearUserId", actor.userId()).put("clearSystemId", actor.systemId());
            case COMMENT -> ((ObjectNode) result.get("comment")).put("userId", actor.userId())
                    .put("systemId", actor.systemId()).put("time", now.toString());
            case GROUP, UNGROUP -> result.put("sourceSystemId", actor.systemId());
        }
        long id = tasks.store(kind.path, now, actor.principal(), write(result));
        String href = Tmf642.BASE + "/" + kind.path + "/" + id;
        ObjectNode answer = json.createObjectNode().put("id", String.valueOf(id)).put("href", href);
        answer.setAll(result);
        return ResponseEntity.created(URI.create(href)).body(answer);
    }

    @GetMapping(Tmf642.BASE + "/{task:ackAlarms|unAckAlarms|clearAlarms|commentAlarms|groupAlarms|unGroupAlarms}/{id}")
    JsonNode get(@PathVariable String task, @PathVariable long id) {
        Kind kind = Kind.of(task);
        return tasks.find(kind.path, id).map(stored -> answer(kind, stored))
                .orElseThrow(() -> new NotFoundException(kind.path, id));
    }

    @GetMapping(Tmf642.BASE + "/{task:ackAlarms|unAckAlarms|clearAlarms|commentAlarms|groupAlarms|unGroupAlarms}")
    ResponseEntity<List<JsonNode>> list(@PathVariable String task, @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit) {
        Kind kind = Kind.of(task);
        PageWindow window = PageWindow.of(offset, limit);
        List<JsonNode> page = tasks.page(kind.path, window.offset(), window.limit()).stream()
                .map(stored -> answer(kind, stored)).toList();
        return PageWindow.respond(tasks.count(kind.path), page);
    }

    private JsonNode answer(Kind kind, AlarmTasks.Stored stored) {
        ObjectNode answer = json.createObjectNode().put("id", String.valueOf(stored.id()))
                .put("href", Tmf642.BASE + "/" + kind.path + "/" + stored.id());
        answer.setAll(read(stored.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return answer;
    }

    private static Actor actor(Kind kind, JsonNode request, Authentication caller) {
        return switch (kind) {
            case ACK, UNACK -> Actors.of(caller, request.path("ackUserId").asText(null),
                    request.path("ackSystemId").asText(null));
            case CLEAR -> Actors.of(caller, request.path("clearUserId").asText(null),
                    request.path("clearSystemId").asText(null));
            case COMMENT -> Actors.of(caller, request.path("comment").path("userId").asText(null),
                    request.path("comment").path("systemId").asText(null));
            case GROUP, UNGROUP -> Actors.of(caller, null, request.path("sourceSystemId").asText(null));
        };
    }

    private static Instant time(JsonNode request, String field, List<FieldProblem> problems) {
        String text = request.path(field).asText(null);
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, text, Text.of("problem.dateTime")));
            return null;
        }
    }

    private ObjectNode read(byte[] body) {
        return JsonBodies.object(json, body);
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
