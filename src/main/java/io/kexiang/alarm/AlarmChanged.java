package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import java.time.Instant;

/**
 * Something about an open alarm changed that others may act on.
 *
 * @param change {@code severity}, {@code reopened}, {@code flapping}, {@code correlated} (it became a storm's child)
 *               {@code comment}, or {@code plannedOutageEnded} (a cutover's window ended with the alarm still
 *               active: it is a fault now)
 */
public record AlarmChanged(AlarmId alarmId, String change, String perceivedSeverity, AlarmId parentAlarmId,
                           Instant changedAt) {

    public static final String PLANNED_OUTAGE_ENDED = "plannedOutageEnded";
}
