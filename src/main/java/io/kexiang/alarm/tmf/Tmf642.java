package io.kexiang.alarm.tmf;

import java.util.List;

/** The TMF642 v4 vocabulary this API serves (../shared/specs/TMF642, Open_Api_And_Data_Model revision). */
final class Tmf642 {

    static final String BASE = "/tmf-api/alarmManagement/v4";
    static final String ALARM = BASE + "/alarm";
    static final List<String> ALARM_TYPES = List.of("communicationsAlarm", "processingErrorAlarm",
            "environmentalAlarm", "qualityOfServiceAlarm", "equipmentAlarm", "integrityViolation",
            "operationalViolation", "physicalViolation", "securityService", "mechanismViolation",
            "timeDomainViolation");
    static final List<String> SEVERITIES = List.of("critical", "major", "minor", "warning", "indeterminate",
            "cleared");
    static final List<String> STATES = List.of("raised", "updated", "cleared");
    static final List<String> ACK_STATES = List.of("unacknowledged", "acknowledged");

    private Tmf642() {
    }

    static String href(long alarmId) {
        return ALARM + "/" + alarmId;
    }
}
