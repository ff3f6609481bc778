package io.kexiang.alarm.tmf;

import io.kexiang.alarm.AlarmAcknowledged;
import io.kexiang.alarm.AlarmChanged;
import io.kexiang.alarm.AlarmCleared;
import io.kexiang.alarm.AlarmRaised;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns alarm events into the notifications owed to each listener, in the transaction of the change itself: a
 * change that rolls back owes nothing, and one that commits is delivered even across a restart.
 */
@Component
class AlarmNotifications {

    static final String CREATE = "AlarmCreateEvent";
    static final String ATTRIBUTE_CHANGE = "AlarmAttributeValueChangeEvent";
    static final String STATE_CHANGE = "AlarmStateChangeEvent";

    private final HubSubscriptions subscriptions;
    private final JdbcTemplate jdbc;
    private final HubDelivery delivery;
    private final Clock clock;

    AlarmNotifications(HubSubscriptions subscriptions, JdbcTemplate jdbc, HubDelivery delivery, Clock clock) {
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.clock = clock;
    }

    @EventListener
    void on(AlarmRaised raised) {
        owe(CREATE, raised.alarmId(), raised.raisedAt());
    }

    @EventListener
    void on(AlarmChanged changed) {
        owe(changed.change().equals("reopened") ? STATE_CHANGE : ATTRIBUTE_CHANGE, changed.alarmId(),
                changed.changedAt());
    }

    @EventListener
    void on(AlarmCleared cleared) {
        owe(STATE_CHANGE, cleared.alarmId(), cleared.clearedAt());
    }

    @EventListener
    void on(AlarmAcknowledged acknowledged) {
        owe(STATE_CHANGE, acknowledged.alarmId(), acknowledged.at());
    }

    private void owe(String eventType, long alarmId, Instant at) {
        List<Object[]> rows = new ArrayList<>();
        for (HubSubscriptions.Subscription subscription : subscriptions.all()) {
            if (subscription.wants(eventType)) {
                rows.add(new Object[] {subscription.id(), eventType, alarmId, Timestamp.from(at),
                    Timestamp.from(clock.instant())});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into hub_notification (subscription_id, event_type, alarm_id, event_time, "
                    + "next_attempt_at) values (?, ?, ?, ?, ?)", rows);
            delivery.wakeUpAfterCommit();
        }
    }
}
