package io.kexiang.ingest;

import java.util.List;
import java.util.Map;

/**
 * The TMF642 v4 vocabulary (../shared/specs/TMF642, Open_Api_And_Data_Model revision) both sides of the API keep
 * to: the feed that takes an NMS's alarms here, and the alarm module that serves and changes them.
 */
public final class Tmf642Vocabulary {

    public static final List<String> ALARM_TYPES = List.of("communicationsAlarm", "processingErrorAlarm",
            "environmentalAlarm", "qualityOfServiceAlarm", "equipmentAlarm", "integrityViolation",
            "operationalViolation", "physicalViolation", "securityService", "mechanismViolation",
            "timeDomainViolation");
    public static final List<String> SEVERITIES = List.of("critical", "major", "minor", "warning", "indeterminate",
            "cleared");
    public static final List<String> ACK_STATES = List.of("unacknowledged", "acknowledged");
    /** The alarm's columns these attributes end up in: a longer value is refused at the edge, not by PostgreSQL. */
    public static final Map<String, Integer> LONGEST = Map.ofEntries(Map.entry("probableCause", 128),
            Map.entry("specificProblem", 256), Map.entry("alarmDetails", 1024), Map.entry("externalAlarmId", 128),
            Map.entry("sourceSystemId", 128), Map.entry("alarmedObjectType", 32), Map.entry("alarmedObject.id", 128),
            Map.entry("alarmType", 64), Map.entry("perceivedSeverity", 16), Map.entry("state", 16),
            Map.entry("alarmRaisedTime", 64), Map.entry("resource.ifName", 128), Map.entry("resource.vrf", 64),
            Map.entry("resource.e1Line", 32));

    private Tmf642Vocabulary() {
    }
}
