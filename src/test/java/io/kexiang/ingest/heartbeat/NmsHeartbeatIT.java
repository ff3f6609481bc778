package io.kexiang.ingest.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.ingest.TrapPorts;
import io.kexiang.ingest.archive.Ingestion;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.TrapSender;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A watched NMS (TEST-NMS at 127.0.0.1, a 2 s allowance in the test configuration) going silent and back. */
class NmsHeartbeatIT extends ApplicationIT {

    private static final String HEARTBEAT = "1.3.6.1.4.1.2011.2.15.2.1.2.1.1.1.0.5";
    private static final String OPEN = "/tmf-api/alarmManagement/v4/alarm?networkElement=TEST-NMS&state=raised,updated";

    @Autowired
    TrapPorts ports;

    @Autowired
    NmsHeartbeats.Settings settings;

    @Autowired
    Ingestion queue;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /**
     * A second instance, or this one after a restart, finds the NMS lost where the first left it: it raises no
     * second alarm, and the next beat clears the one raised.
     */
    @Test
    void aLostNmsStaysLostAcrossARestartAndItsNextBeatClearsTheAlarmOnce() {
        await().atMost(Duration.ofSeconds(20)).until(() -> !admin().get(OPEN).json().isEmpty());
        String alarmId = admin().get(OPEN).json().get(0).get("id").asText();
        long lostEvents = events("heartbeatLost");

        NmsHeartbeats restarted = new NmsHeartbeats(settings, queue, clock, jdbc, transactions);
        restarted.check();

        assertThat(jdbc.queryForObject("select lost from nms_heartbeat where source = '127.0.0.1'", Boolean.class))
                .as("still lost after the restart").isTrue();
        assertThat(events("heartbeatLost")).as("no second alarm of the restarted instance").isEqualTo(lostEvents);
        long restoredEvents = events("heartbeatRestored");
        try (TrapSender nms = new TrapSender(ports.udpPort())) {
            nms.send("127.0.0.1", HEARTBEAT, "1.3.6.1.4.1.2011.2.15.2.1.2.1.1.1.1", "U2000-TJ",
                    "1.3.6.1.4.1.2011.2.15.2.1.2.1.1.1.2", 1);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            restarted.check();
            return admin().get("/tmf-api/alarmManagement/v4/alarm/" + alarmId).json().get("state").asText()
                    .equals("cleared");
        });
        assertThat(events("heartbeatRestored")).as("cleared once, by one of the two").isEqualTo(restoredEvents + 1);
    }

    private long events(String what) {
        return jdbc.queryForObject("select count(*) from raw_event where source_address = '127.0.0.1' and "
                + "(notification = ? or trap_oid = ?)", Long.class, "KEXIANG-NMS::" + what, "KEXIANG-NMS::" + what);
    }

    @Test
    void aSilentNmsIsAnAlarmThatItsNextHeartbeatClears() {
        JsonNode[] lost = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode open = admin().get(OPEN).json();
            lost[0] = open.isEmpty() ? null : open.get(0);
            return lost[0] != null;
        });
        assertThat(lost[0].get("specificProblem").asText()).contains("NMS heartbeat lost");
        assertThat(lost[0].get("perceivedSeverity").asText()).isEqualTo("major");

        try (TrapSender nms = new TrapSender(ports.udpPort())) {
            nms.send("127.0.0.1", HEARTBEAT, "1.3.6.1.4.1.2011.2.15.2.1.2.1.1.1.1", "U2000-TJ",
                    "1.3.6.1.4.1.2011.2.15.2.1.2.1.1.1.2", 1);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> admin().get("/tmf-api/alarmManagement/v4/alarm/"
                + lost[0].get("id").asText()).json().get("state").asText().equals("cleared"));

        JsonNode beats = admin().get("/api/v1/events?notification="
                + "IMAP_NORTHBOUND_MIB-V1::iMAPNorthboundHeartbeatNotificationType").json();
        assertThat(beats).isNotEmpty();
        assertThat(admin().get("/tmf-api/alarmManagement/v4/alarm?networkElement=127.0.0.1"
                + "&probableCause=heartbeat").json()).as("a heartbeat itself raises no alarm").isEmpty();

        await().atMost(Duration.ofSeconds(20)).until(() -> !admin().get(OPEN).json().isEmpty());
    }
}
