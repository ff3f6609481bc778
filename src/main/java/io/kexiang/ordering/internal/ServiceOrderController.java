package io.kexiang.ordering.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.web.FieldsProjection;
import io.kexiang.shared.web.JsonBodies;
import io.kexiang.shared.web.PageWindow;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TMF641 {@code serviceOrder} and {@code cancelServiceOrder}: the province's dispatch (an OSS client), the NOC and
 * administrators place and cancel orders; the centre's people read them.
 */
@RestController
class ServiceOrderController {

    static final String PLACERS =
            "hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'ADMIN', 'NMS_CLIENT')";
    static final String CANCEL = "/tmf-api/serviceOrdering/v4/cancelServiceOrder";

    private final CircuitOrders orders;
    private final OrderRows rows;
    private final Tmf641Views views;
    private final ObjectMapper json;

    ServiceOrderController(CircuitOrders orders, OrderRows rows, Tmf641Views views, ObjectMapper json) {
        this.orders = orders;
        this.rows = rows;
        this.views = views;
        this.json = json;
    }

    @PostMapping(Tmf641Views.BASE)
    @PreAuthorize(PLACERS)
    ResponseEntity<Map<String, Object>> create(@RequestBody byte[] body, Authentication caller) {
        long id = orders.placeOrder(JsonBodies.object(json, body), caller);
        return ResponseEntity.created(URI.create(Tmf641Views.BASE + "/" + id)).body(views.of(rows.find(id)
                .orElseThrow()));
    }

    @GetMapping(Tmf641Views.BASE)
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN', 'NMS_CLIENT')")
    ResponseEntity<List<Map<String, Object>>> list(@RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String fields,
            @RequestParam(required = false) String state) {
        PageWindow window = PageWindow.of(offset, limit);
        FieldsProjection projection = FieldsProjection.of(fields);
        return PageWindow.respond(rows.count(state), rows.list(state, window.offset(), window.limit()).stream()
                .map(views::of).map(projection::apply).toList());
    }

    @GetMapping(Tmf641Views.BASE + "/{id}")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN', 'NMS_CLIENT')")
    Map<String, Object> get(@PathVariable long id, @RequestParam(required = false) String fields) {
        return FieldsProjection.of(fields).apply(views.of(rows.find(id)
                .orElseThrow(() -> new NotFoundException("serviceOrder", id))));
    }

    /** Cancels a running order: its process ends, nothing it had not yet done is done. */
    @PostMapping(CANCEL)
    @PreAuthorize(PLACERS)
    ResponseEntity<Map<String, Object>> cancel(@RequestBody byte[] body) {
        JsonNode request = JsonBodies.object(json, body);
        String id = request.path("serviceOrder").path("id").asText(null);
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw InvalidInputException.badRequest(FieldProblem.of("serviceOrder.id", id, Text.noSuch("serviceOrder")));
        }
        Map<String, Object> order = orders.cancel(Long.parseLong(id), request.path("cancellationReason").asText(null));
        return ResponseEntity.created(URI.create(CANCEL + "/" + id)).body(cancellation(order));
    }

    /** The cancellations are the cancelled orders: a cancellation's id is its order's. */
    @GetMapping(CANCEL)
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN', 'NMS_CLIENT')")
    ResponseEntity<List<Map<String, Object>>> cancellations(@RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String fields) {
        PageWindow window = PageWindow.of(offset, limit);
        FieldsProjection projection = FieldsProjection.of(fields);
        return PageWindow.respond(rows.count("cancelled"), rows.list("cancelled", window.offset(), window.limit())
                .stream().map(ServiceOrderController::cancellation).map(projection::apply).toList());
    }

    @GetMapping(CANCEL + "/{id}")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN', 'NMS_CLIENT')")
    Map<String, Object> cancellation(@PathVariable long id, @RequestParam(required = false) String fields) {
        return FieldsProjection.of(fields).apply(cancellation(rows.find(id)
                .filter(order -> "cancelled".equals(order.get("state")))
                .orElseThrow(() -> new NotFoundException("cancelServiceOrder", id))));
    }

    private static Map<String, Object> cancellation(Map<String, Object> order) {
        String id = String.valueOf(order.get("id"));
        Map<String, Object> cancellation = new LinkedHashMap<>();
        cancellation.put("id", id);
        cancellation.put("href", CANCEL + "/" + id);
        put(cancellation, "cancellationReason", order.get("cancellation_reason"));
        cancellation.put("effectiveCancellationDate", java.util.Objects.toString(
                order.get("cancellation_date"), null));
        cancellation.put("state", "done");
        cancellation.put("serviceOrder", Map.of("id", id, "href", Tmf641Views.BASE + "/" + id));
        cancellation.put("@type", "CancelServiceOrder");
        return cancellation;
    }

    private static void put(Map<String, Object> view, String name, Object value) {
        if (value != null) {
            view.put(name, value);
        }
    }
}
