package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import java.time.Instant;

/** @param clearedBy the user who cleared it by hand, or null when the network cleared it */
public record AlarmCleared(AlarmId alarmId, Instant clearedAt, String clearedBy, String clearSystemId) {
}
