package io.kexiang.complaint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.complaint.ComplaintEscalations;
import io.kexiang.shared.web.JsonBodies;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/complaint-escalations}: 投诉督办 — what went to the VP, their instructions, the follow-ups. */
@RestController
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
class ComplaintController {

    private final ComplaintEscalations escalations;
    private final ObjectMapper json;

    ComplaintController(ComplaintEscalations escalations, ObjectMapper json) {
        this.escalations = escalations;
        this.json = json;
    }

    @GetMapping("/api/v1/complaint-escalations")
    List<ComplaintEscalations.Escalation> list(@RequestParam(defaultValue = "false") boolean open) {
        return escalations.list(open);
    }

    /** Body: {@code {"kind": "instruction"|"followUp", "text": "…"}}. */
    @PostMapping("/api/v1/complaint-escalations/{id}/entries")
    ComplaintEscalations.Escalation add(@PathVariable long id, @RequestBody byte[] body, Authentication caller) {
        JsonNode entry = JsonBodies.object(json, body);
        return escalations.add(id, entry.path("kind").asText(null), entry.path("text").asText(null), caller);
    }

    @PostMapping("/api/v1/complaint-escalations/{id}/close")
    ComplaintEscalations.Escalation close(@PathVariable long id, Authentication caller) {
        return escalations.close(id, caller);
    }
}
