package io.kexiang.alarm.tmf;

import io.kexiang.shared.hub.HubPayload;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Alarms in TMF642 hub notifications: {@code {"event": {"alarm": {…}}}}. */
@Component
class AlarmPayload implements HubPayload {

    static final String API = "alarmManagement";

    private final AlarmViews views;

    AlarmPayload(AlarmViews views) {
        this.views = views;
    }

    @Override
    public String api() {
        return API;
    }

    @Override
    public String resource() {
        return "alarm";
    }

    @Override
    public Map<String, Object> render(long id) {
        return views.of(id);
    }
}
