package io.kexiang.alarm;

import java.util.Optional;

/** Reads alarms for other modules (tickets, cutovers), by id. */
public interface AlarmLookup {

    Optional<AlarmSummary> find(long alarmId);
}
