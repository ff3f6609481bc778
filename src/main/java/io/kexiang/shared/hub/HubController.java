package io.kexiang.shared.hub;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The TMF {@code hub} of each API (TMF642 alarms, TMF621 tickets): an OSS/BSS registers a listener URL and gets
 * every event of that API as a POST ({@code AlarmCreateEvent}, {@code TroubleTicketStatusChangeEvent} …); a query
 * {@code eventType=AlarmCreateEvent,AlarmStateChangeEvent} narrows them.
 */
@RestController
@PreAuthorize("hasAnyRole('NMS_CLIENT', 'ADMIN')")
class HubController {

    private static final String HUB = "/tmf-api/{api:alarmManagement|troubleTicket}/v4/hub";

    record SubscriptionInput(String callback, String query) {
    }

    private final HubSubscriptions subscriptions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    HubController(HubSubscriptions subscriptions, JdbcTemplate jdbc, Clock clock) {
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PostMapping(HUB)
    ResponseEntity<Map<String, Object>> subscribe(@PathVariable String api, @RequestBody SubscriptionInput input,
            Principal caller) {
        requireHttpUrl(input.callback());
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
        if (!subscriptions.remove(id)) {
            throw new NotFoundException("hubSubscription", id);
        }
        return ResponseEntity.noContent().build();
    }

    /** Kexiang's own: what was sent to a listener, and what is still owed (with the last error). */
    @GetMapping(HUB + "/{id}/notification")
    List<Map<String, Object>> notifications(@PathVariable String api, @PathVariable long id) {
        get(api, id);
        return jdbc.queryForList("""
                select id, event_type as "eventType", resource_id as "resourceId", event_time as "eventTime", attempts,
                    next_attempt_at as "nextAttemptAt", delivered_at as "deliveredAt", failed_at as "failedAt",
                    last_error as "lastError"
                from hub_notification where subscription_id = ? order by id desc limit 1000""", id);
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

    private static void requireHttpUrl(String callback) {
        Text reason = null;
        if (callback == null || callback.isBlank()) {
            reason = Text.of("problem.required");
        } else {
            try {
                URI uri = new URI(callback.trim());
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    reason = Text.of("hub.callbackUrl");
                }
            } catch (URISyntaxException e) {
                reason = Text.of("hub.callbackUrl");
            }
        }
        if (reason != null) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("callback", callback, reason)));
        }
    }
}
