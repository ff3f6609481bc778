package io.kexiang.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.report.ReportDeliveries;
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

/** {@code /api/v1/reports/deliveries}: the reports owed (三个报告), and recording one as delivered. */
@RestController
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN', 'ACCOUNT_MANAGER')")
class ReportDeliveryController {

    private final ReportDeliveries deliveries;
    private final ObjectMapper json;

    ReportDeliveryController(ReportDeliveries deliveries, ObjectMapper json) {
        this.deliveries = deliveries;
        this.json = json;
    }

    @GetMapping("/api/v1/reports/deliveries")
    List<ReportDeliveries.Delivery> list(@RequestParam(required = false) String state, Authentication caller) {
        return deliveries.list(state, caller);
    }

    /** Body: {@code {"note": "…"}} (optional). */
    @PostMapping("/api/v1/reports/deliveries/{id}/delivered")
    ReportDeliveries.Delivery delivered(@PathVariable long id, @RequestBody(required = false) byte[] body,
            Authentication caller) {
        JsonNode request = body == null || body.length == 0 ? json.createObjectNode() : JsonBodies.object(json, body);
        return deliveries.deliver(id, request.path("note").asText(null), caller);
    }
}
