package io.kexiang.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A listener's events wait in the outbox (this context delivers nothing) and are rendered when sent, from the
 * alarm as it is then: so those alike (one type, one alarm) wait as one.
 */
class HubCoalescingIT extends ApplicationIT {

    @Autowired
    JdbcTemplate jdbc;

    private static final String BASE = "/tmf-api/alarmManagement/v4";

    @Test
    void anAlarmAcknowledgedAndUnacknowledgedFiveTimesIsOneStateChangeWaitingForTheListener() {
        String nmsName = unique("OSS-");
        Api nms = anonymous().withToken(admin().post("/api/v1/api-tokens", "{\"name\":\"%s\"}".formatted(nmsName))
                .json().get("token").asText());
        Response subscribed = nms.post(BASE + "/hub", "{\"callback\":\"http://127.0.0.1:9/listener\"}");
        assertThat(subscribed.status()).isEqualTo(201);
        String subscription = subscribed.json().get("id").asText();
        long alarmId = nms.post(BASE + "/alarm", """
                {"externalAlarmId":"%s","alarmType":"equipmentAlarm","perceivedSeverity":"major",
                 "probableCause":"powerProblem","alarmedObject":{"id":"TJ-HP-PE01"},"sourceSystemId":"%s",
                 "state":"raised","alarmRaisedTime":"2026-11-25T10:00:00Z"}""".formatted(unique("S"), nmsName))
                .json().get("id").asLong();

        for (int i = 0; i < 5; i++) {
            assertThat(nms.patch(BASE + "/alarm/" + alarmId, "{\"ackState\":\"acknowledged\",\"ackUserId\":\"li\"}")
                    .status()).isEqualTo(200);
            assertThat(nms.patch(BASE + "/alarm/" + alarmId, "{\"ackState\":\"unacknowledged\"}").status())
                    .isEqualTo(200);
        }

        // The listener hears of every alarm (the tests' NMS heartbeat raises one too): this alarm's events.
        List<String> waiting = jdbc.queryForList("select subject from outbox_message where reference = ? "
                + "and state = 'pending' and (payload ->> 'resourceId')::bigint = ?", String.class,
                "hub-subscription:" + subscription, alarmId);
        assertThat(waiting).containsExactlyInAnyOrder("AlarmCreateEvent", "AlarmStateChangeEvent");
        nms.delete(BASE + "/hub/" + subscription);
    }
}
