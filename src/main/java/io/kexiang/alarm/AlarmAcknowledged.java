package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import java.time.Instant;

/** An engineer took (or, with {@code acknowledged} false, gave back) an alarm. */
public record AlarmAcknowledged(AlarmId alarmId, boolean acknowledged, String userId, String systemId, Instant at) {
}
