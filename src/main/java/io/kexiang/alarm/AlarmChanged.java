package io.kexiang.alarm;

import java.time.Instant;

/**
 * Something about an open alarm changed that others may act on.
 *
 * @param change {@code severity}, {@code reopened}, {@code flapping}, {@code correlated} (it became a storm's child)
 *               or {@code comment}
 */
public record AlarmChanged(long alarmId, String change, String perceivedSeverity, Long parentAlarmId,
                           Instant changedAt) {
}
