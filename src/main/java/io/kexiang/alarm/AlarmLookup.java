package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads alarms for other modules (tickets, cutovers), by id. */
public interface AlarmLookup {

    Optional<AlarmSummary> find(AlarmId alarmId);

    /** The alarms of these ids that exist, in the order given, in two queries whatever their number. */
    List<AlarmSummary> findAll(Collection<AlarmId> alarmIds);
}
