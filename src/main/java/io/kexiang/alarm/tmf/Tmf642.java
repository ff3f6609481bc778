package io.kexiang.alarm.tmf;

/**
 * Where this API serves TMF642 v4 (../shared/specs/TMF642, Open_Api_And_Data_Model revision); its vocabulary, which
 * the feed keeps to as well, is ingest's {@code Tmf642Vocabulary}.
 */
final class Tmf642 {

    static final String BASE = "/tmf-api/alarmManagement/v4";
    static final String ALARM = BASE + "/alarm";

    private Tmf642() {
    }

    static String href(long alarmId) {
        return ALARM + "/" + alarmId;
    }
}
