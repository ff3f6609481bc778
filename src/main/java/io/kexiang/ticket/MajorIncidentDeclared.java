package io.kexiang.ticket;

import io.kexiang.shared.AlarmId;
import java.time.Instant;

/**
 * A root fault reached an emergency level of the emergency plan (1 一般 general, 2 较大 larger, 3 重大 serious); the
 * emergency group is to be told.
 */
public record MajorIncidentDeclared(AlarmId rootAlarmId, int level, String levelName, int customers, String reason,
                                    Instant at) {
}
