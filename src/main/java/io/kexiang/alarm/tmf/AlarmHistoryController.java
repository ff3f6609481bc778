package io.kexiang.alarm.tmf;

import io.kexiang.alarm.store.AlarmHistory;
import io.kexiang.alarm.store.Alarms;
import io.kexiang.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An alarm's history beside its TMF642 resource: the journal (who did what, when) and the raw events that built it.
 * A cleared alarm's history stays readable.
 */
@RestController
@PreAuthorize("hasAuthority('STAFF') or hasRole('NMS_CLIENT')")
class AlarmHistoryController {

    private final Alarms alarms;
    private final AlarmHistory history;
    private final AlarmVisibility visibility;

    AlarmHistoryController(Alarms alarms, AlarmHistory history, AlarmVisibility visibility) {
        this.alarms = alarms;
        this.history = history;
        this.visibility = visibility;
    }

    @GetMapping("/api/v1/alarms/{id}/journal")
    List<Map<String, Object>> journal(@PathVariable long id, Authentication caller) {
        requireAlarm(id);
        visibility.require(id, caller);
        return history.journal(id);
    }

    /** The newest 1,000 events of the alarm, with where each is in the archive. */
    @GetMapping("/api/v1/alarms/{id}/events")
    List<Map<String, Object>> events(@PathVariable long id, Authentication caller) {
        requireAlarm(id);
        visibility.require(id, caller);
        return history.events(id);
    }

    private void requireAlarm(long id) {
        if (!alarms.existsById(id)) {
            throw new NotFoundException("alarm", id);
        }
    }
}
