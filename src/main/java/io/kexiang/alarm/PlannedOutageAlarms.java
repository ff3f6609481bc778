package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import java.util.List;

/** The alarms raised inside a cutover's window, for the check at its end. */
public interface PlannedOutageAlarms {

    /**
     * Ends the planned outage of the cutover's alarms (their {@code plannedOutageIndicator} goes back to
     * {@code InService}) and returns those still active: what the work left broken.
     */
    List<AlarmId> endOutage(long cutoverId);
}
