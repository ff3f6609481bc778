package io.kexiang.hub.internal;

import io.kexiang.hub.HubAdmin;
import io.kexiang.outbox.Delivery;
import io.kexiang.outbox.Outbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

@Component
class HubSubscriptionAdmin implements HubAdmin {

    private final HubSubscriptions subscriptions;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;

    HubSubscriptionAdmin(HubSubscriptions subscriptions, Outbox outbox, JdbcTemplate jdbc) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<Map<String, Object>> subscriptions() {
        return jdbc.queryForList("""
                select id, api, callback, query, created_by as "createdBy", created_at as "createdAt"
                from hub_subscription order by id""").stream().map(row -> {
                    Map<String, Object> view = new LinkedHashMap<>(row);
                    List<Delivery> deliveries = outbox.newest(HubSubscriptions.reference(((Number) row.get("id"))
                            .longValue()), 1000);
                    view.put("states", new TreeMap<>(deliveries.stream().collect(Collectors.groupingBy(
                            Delivery::state, Collectors.counting()))));
                    view.put("lastError", deliveries.stream().map(Delivery::lastError).filter(Objects::nonNull)
                            .findFirst().orElse(null));
                    return view;
                }).toList();
    }

    /** Listeners unsubscribe themselves through the hub's API; an administrator removes any. */
    @Override
    @PreAuthorize("hasAnyRole('NMS_CLIENT', 'ADMIN')")
    public boolean remove(long id) {
        if (!subscriptions.remove(id)) {
            return false;
        }
        outbox.cancel(HubSubscriptions.reference(id));
        return true;
    }
}
