package io.kexiang.alarm;

import java.time.Instant;

/** @param clearedBy the user who cleared it by hand, or null when the network cleared it */
public record AlarmCleared(long alarmId, Instant clearedAt, String clearedBy, String clearSystemId) {
}
