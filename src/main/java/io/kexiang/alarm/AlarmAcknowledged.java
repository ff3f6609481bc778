package io.kexiang.alarm;

import java.time.Instant;

/** An engineer took (or, with {@code acknowledged} false, gave back) an alarm. */
public record AlarmAcknowledged(long alarmId, boolean acknowledged, String userId, String systemId, Instant at) {
}
