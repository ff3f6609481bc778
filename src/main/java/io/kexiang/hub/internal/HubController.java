package io.kexiang.hub.internal;

import io.kexiang.hub.HubAdmin;
import io.kexiang.outbox.Delivery;
import io.kexiang.outbox.Outbox;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The TMF {@code hub} of each API (TMF642 alarms, TMF621 tickets, TMF641 service orders, TMF645 resource checks): an OSS/BSS registers a listener URL and gets
 * every event of that API as a POST ({@code AlarmCreateEvent}, {@code TroubleTicketStatusChangeEvent} …); a query
 * {@code eventType=AlarmCreateEvent,AlarmStateChangeEvent} narrows them.
 */
@RestController
@PreAuthorize("hasAnyRole('NMS_CLIENT', 'ADMIN')")
class HubController {

    private static final String HUB = "/tmf-api/{api:alarmManagement|troubleTicket|serviceOrdering|serviceQualificationManagement}/v4/hub";

    record SubscriptionInput(String callback, String query) {
    }

    private final HubSubscriptions subscriptions;
    private final CallbackAddresses addresses;
    private final Outbox outbox;
    private final Clock clock;

    private final HubAdmin admin;

    HubController(HubSubscriptions subscriptions, CallbackAddresses addresses, Outbox outbox, Clock clock,
            HubAdmin admin) {
        this.admin = admin;
        this.subscriptions = subscriptions;
        this.addresses = addresses;
        this.outbox = outbox;
        this.clock = clock;
    }

    @PostMapping(HUB)
    ResponseEntity<Map<String, Object>> subscribe(@PathVariable String api, @RequestBody SubscriptionInput input,
            Principal caller) {
        requireAllowed(input.callback());
        HubSubscriptions.Subscription subscription = subscriptions.add(api, input.callback().trim(), input.query(),
                caller.getName(), clock.instant());
        return ResponseEntity.created(URI.create("/tmf-api/" + api + "/v4/hub/" + subscription.id()))
                .body(view(subscription));
    }

    @GetMapping(HUB + "/{id}")
    Map<String, Object> get(@PathVariable String api, @PathVariable long id) {
        return view(subscriptions.find(api, id).orElseThrow(() -> new NotFoundException("hubSubscription", id)));
    }

    @DeleteMapping(HUB + "/{id}")
    ResponseEntity<Void> unsubscribe(@PathVariable String api, @PathVariable long id) {
        get(api, id);
        if (!admin.remove(id)) {
            throw new NotFoundException("hubSubscription", id);
        }
        return ResponseEntity.noContent().build();
    }

    /** Kexiang's own: what was sent to a listener, and what is still owed (with the last error), newest first. */
    @GetMapping(HUB + "/{id}/notification")
    List<Map<String, Object>> notifications(@PathVariable String api, @PathVariable long id) {
        get(api, id);
        return outbox.newest(HubSubscriptions.reference(id), 1000).stream().map(HubController::notification)
                .toList();
    }

    private static Map<String, Object> notification(Delivery delivery) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(delivery.id()));
        view.put("eventType", delivery.subject());
        view.put("state", delivery.state());
        view.put("attempts", delivery.attempts());
        view.put("createdAt", delivery.createdAt());
        view.put("nextAttemptAt", "pending".equals(delivery.state()) ? delivery.nextAttemptAt() : null);
        view.put("deliveredAt", delivery.sentAt());
        view.put("lastError", delivery.lastError());
        return view;
    }

    private static Map<String, Object> view(HubSubscriptions.Subscription subscription) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(subscription.id()));
        view.put("callback", subscription.callback());
        if (subscription.query() != null) {
            view.put("query", subscription.query());
        }
        return view;
    }

    private void requireAllowed(String callback) {
        Optional<Text> refusal = callback == null || callback.isBlank() ? Optional.of(Text.of("problem.required"))
                : addresses.refusal(callback);
        refusal.ifPresent(reason -> {
            throw InvalidInputException.badRequest(FieldProblem.of("callback", callback, reason));
        });
    }
}
