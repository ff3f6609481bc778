package io.kexiang.alarm.tmf;

import io.kexiang.alarm.AlarmState;
import io.kexiang.ingest.Tmf642Vocabulary;
import java.util.List;
import java.util.Map;

/** The TMF642 v4 vocabulary this API serves (../shared/specs/TMF642, Open_Api_And_Data_Model revision). */
final class Tmf642 {

    static final String BASE = "/tmf-api/alarmManagement/v4";
    static final String ALARM = BASE + "/alarm";
    static final List<String> ALARM_TYPES = Tmf642Vocabulary.ALARM_TYPES;
    static final List<String> SEVERITIES = Tmf642Vocabulary.SEVERITIES;
    static final List<String> STATES = AlarmState.tmfNames();
    static final List<String> ACK_STATES = Tmf642Vocabulary.ACK_STATES;
    static final Map<String, Integer> LONGEST = Tmf642Vocabulary.LONGEST;

    private Tmf642() {
    }

    static String href(long alarmId) {
        return ALARM + "/" + alarmId;
    }
}
