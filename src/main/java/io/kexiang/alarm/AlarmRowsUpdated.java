package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import java.util.List;

/**
 * The intake updated these alarms in place, once per batch, in its transaction: a repeat's count, above all, which
 * raises no {@link AlarmChanged} (a burst repeats thousands of alarms a second). For what keeps alarms on screen: an
 * open board learns which of its rows moved without reading its whole page again. Listen with
 * {@code @EventListener} (see {@link AlarmChanged}).
 */
public record AlarmRowsUpdated(List<AlarmId> alarmIds) {

    public AlarmRowsUpdated {
        alarmIds = List.copyOf(alarmIds);
    }
}
