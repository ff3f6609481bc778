package io.kexiang.process.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kexiang.process.TaskDesk;
import io.kexiang.shared.web.JsonBodies;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tasks}: the caller's work (待办) across processes: list, read, claim, complete with the form's
 * values, comment, hand over.
 */
@RestController
@PreAuthorize("hasAuthority('STAFF')")
class TaskController {

    private final TaskDesk desk;
    private final ObjectMapper json;

    TaskController(TaskDesk desk, ObjectMapper json) {
        this.desk = desk;
        this.json = json;
    }

    @GetMapping("/api/v1/tasks")
    List<TaskDesk.WorkTask> open(Authentication caller) {
        return desk.open(caller);
    }

    @GetMapping("/api/v1/tasks/{id}")
    TaskDesk.WorkTask task(@PathVariable String id, Authentication caller) {
        return desk.task(id, caller);
    }

    @PostMapping("/api/v1/tasks/{id}/claim")
    TaskDesk.WorkTask claim(@PathVariable String id, Authentication caller) {
        return desk.claim(id, caller);
    }

    /** The body is the form's values, one member per field: {@code {"available": true, "answer": "…"}}. */
    @PostMapping("/api/v1/tasks/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) byte[] body,
            Authentication caller) {
        ObjectNode values = JsonBodies.object(json, body == null ? "{}".getBytes() : body);
        @SuppressWarnings("unchecked")
        Map<String, Object> submitted = json.convertValue(values, Map.class);
        desk.complete(id, submitted, caller);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/tasks/{id}/comments")
    ResponseEntity<Void> comment(@PathVariable String id, @RequestBody byte[] body, Authentication caller) {
        desk.comment(id, JsonBodies.object(json, body).path("text").asText(null), caller);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/tasks/{id}/attachments", consumes = "multipart/form-data")
    ResponseEntity<TaskDesk.Attachment> attach(@PathVariable String id,
            @org.springframework.web.bind.annotation.RequestParam("file")
            org.springframework.web.multipart.MultipartFile file, Authentication caller) throws java.io.IOException {
        return ResponseEntity.status(201).body(desk.attach(id, file.getOriginalFilename(), file.getBytes(), caller));
    }

    @GetMapping("/api/v1/attachments/{id}")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
    ResponseEntity<byte[]> attachment(@PathVariable String id) {
        return desk.attachment(id).map(content -> ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM).body(content))
                .orElseThrow(() -> new io.kexiang.shared.NotFoundException("attachment", id));
    }

    /** 催办: the task's holders are told it is waited for; answers how many were told. */
    @PostMapping("/api/v1/tasks/{id}/chase")
    java.util.Map<String, Integer> chase(@PathVariable String id, Authentication caller) {
        return java.util.Map.of("told", desk.chase(id, caller));
    }

    @PostMapping("/api/v1/tasks/{id}/handover")
    TaskDesk.WorkTask handOver(@PathVariable String id, @RequestBody byte[] body, Authentication caller) {
        return desk.handOver(id, JsonBodies.object(json, body).path("assignee").asText(null), caller);
    }
}
