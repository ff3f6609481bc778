package io.kexiang.shared.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records the notifications a change owes to each interested listener of its API, in the change's own
 * transaction: a change that rolls back owes nothing, one that commits is delivered even across a restart.
 */
@Component
public class HubEvents {

    private final HubSubscriptions subscriptions;
    private final JdbcTemplate jdbc;
    private final HubDelivery delivery;
    private final Clock clock;

    HubEvents(HubSubscriptions subscriptions, JdbcTemplate jdbc, HubDelivery delivery, Clock clock) {
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.clock = clock;
    }

    public void owe(String api, String eventType, long resourceId, Instant at) {
        List<Object[]> rows = new ArrayList<>();
        for (HubSubscriptions.Subscription subscription : subscriptions.all()) {
            if (subscription.api().equals(api) && subscription.wants(eventType)) {
                rows.add(new Object[] {subscription.id(), api, eventType, resourceId, Timestamp.from(at),
                    Timestamp.from(clock.instant())});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into hub_notification (subscription_id, api, event_type, resource_id, "
                    + "event_time, next_attempt_at) values (?, ?, ?, ?, ?, ?)", rows);
            delivery.wakeUpAfterCommit();
        }
    }
}
