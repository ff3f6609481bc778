package io.kexiang.hub.internal;

import io.kexiang.shared.cluster.ClusterSignal;
import io.kexiang.shared.cluster.ClusterSignals;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registered listeners, kept in memory as well, so that an alarm change costs nothing when nobody listens and
 * one insert per interested listener when someone does. In a cluster, a listener registered or removed on one node is
 * known to the others at once ({@link ClusterSignals}).
 */
@Component
class HubSubscriptions {

    /** @param eventTypes the TMF event types wanted ({@code query=eventType=AlarmCreateEvent,…}); empty: all */
    public record Subscription(long id, String api, String callback, String query, Set<String> eventTypes) {

        public boolean wants(String eventType) {
            return eventTypes.isEmpty() || eventTypes.contains(eventType);
        }
    }

    static final String SIGNAL = "hub-subscriptions";

    private final JdbcTemplate jdbc;
    private final ClusterSignals signals;
    private final AtomicReference<List<Subscription>> current = new AtomicReference<>(List.of());

    HubSubscriptions(JdbcTemplate jdbc, ClusterSignals signals) {
        this.jdbc = jdbc;
        this.signals = signals;
        reload();
    }

    @EventListener
    void on(ClusterSignal signal) {
        if (signal.concerns(SIGNAL)) {
            reload();
        }
    }

    public List<Subscription> all() {
        return current.get();
    }

    /** What the outbox files a subscription's events under. */
    public static String reference(long subscriptionId) {
        return "hub-subscription:" + subscriptionId;
    }

    Subscription add(String api, String callback, String query, String createdBy, Instant at) {
        Set<String> types = eventTypes(query);
        long id = jdbc.queryForObject("insert into hub_subscription (api, callback, query, event_types, created_at, "
                + "created_by) values (?, ?, ?, ?, ?, ?) returning id", Long.class, api, callback, query,
                String.join(",", types), Timestamp.from(at), createdBy);
        reload();
        signals.signal(SIGNAL);
        return new Subscription(id, api, callback, query, types);
    }

    Optional<Subscription> find(String api, long id) {
        return all().stream().filter(subscription -> subscription.id() == id && subscription.api().equals(api))
                .findFirst();
    }

    boolean remove(long id) {
        boolean removed = jdbc.update("delete from hub_subscription where id = ?", id) > 0;
        reload();
        signals.signal(SIGNAL);
        return removed;
    }

    /** TMF630 query of a subscription; only {@code eventType} narrows what is sent. */
    static Set<String> eventTypes(String query) {
        if (query == null || query.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(query.split("&")).map(String::trim)
                .filter(part -> part.startsWith("eventType="))
                .flatMap(part -> Arrays.stream(part.substring("eventType=".length()).split(",")))
                .map(String::trim).filter(type -> !type.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private void reload() {
        current.set(jdbc.query("select id, api, callback, query, event_types from hub_subscription order by id",
                (rs, row) -> new Subscription(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null || rs.getString(5).isEmpty() ? Set.of()
                                : Set.of(rs.getString(5).split(",")))));
    }
}
