package io.kexiang.alarm.tmf;

import io.kexiang.alarm.AlarmAcknowledged;
import io.kexiang.alarm.AlarmChanged;
import io.kexiang.alarm.AlarmCleared;
import io.kexiang.alarm.AlarmRaised;
import io.kexiang.hub.HubEvents;
import io.kexiang.shared.AlarmId;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns alarm events into the TMF642 notifications owed to the hub's listeners (see {@link HubEvents}).
 */
@Component
class AlarmNotifications {

    static final String CREATE = "AlarmCreateEvent";
    static final String ATTRIBUTE_CHANGE = "AlarmAttributeValueChangeEvent";
    static final String STATE_CHANGE = "AlarmStateChangeEvent";

    private final HubEvents hub;

    AlarmNotifications(HubEvents hub) {
        this.hub = hub;
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

    private void owe(String eventType, AlarmId alarmId, Instant at) {
        hub.owe(AlarmViews.API, eventType, alarmId.value(), at);
    }
}
