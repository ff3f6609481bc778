package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import java.util.Optional;

/** Reads alarms for other modules (tickets, cutovers), by id. */
public interface AlarmLookup {

    Optional<AlarmSummary> find(AlarmId alarmId);
}
