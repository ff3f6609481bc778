package io.kexiang.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import io.kexiang.support.SwaggerSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TMF642 {@code alarm} over real HTTP: NMSs create and clear, engineers act, everything is journaled. */
class AlarmApiIT extends ApplicationIT {

    private static final String ALARMS = "/tmf-api/alarmManagement/v4/alarm";
    private static final SwaggerSchema TMF642 = SwaggerSchema.load("/specs/TMF642/TMF642-Alarm-v4.0.0.swagger.json");

    private Api nms;
    private String nmsName;

    @BeforeEach
    void anNms() {
        demoInventory();
        nmsName = unique("U2000-");
        // NMS platforms are machine clients: they sign in with an API token, not a person's password.
        Response token = admin().post("/api/v1/api-tokens", "{\"name\":\"%s\"}".formatted(nmsName));
        nms = anonymous().withToken(token.json().get("token").asText());
    }

    private String alarm(String externalId) {
        return """
                {"externalAlarmId":"%s","alarmType":"communicationsAlarm","perceivedSeverity":"major",
                 "probableCause":"lossOfSignal","specificProblem":"R_LOS 输入信号丢失",
                 "alarmedObject":{"id":"TJ-HX-FR01"},"alarmedObjectType":"Interface",
                 "resource":{"ifIndex":5},"sourceSystemId":"%s","state":"raised",
                 "alarmRaisedTime":"2026-11-25T09:30:00+08:00","alarmDetails":"Serial1/0/0 信号丢失"}"""
                .formatted(externalId, nmsName);
    }

    private static List<String> fields(Response problem) {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    @Test
    void anNmsCreatesAnAlarmThatIsLinkedAndConformsToTheSpecification() {
        Response created = nms.post(ALARMS, alarm(unique("CSN")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode alarm = created.json();
        assertThat(created.header("Location")).isEqualTo(ALARMS + "/" + alarm.get("id").asLong());
        assertThat(alarm.get("state").asText()).isEqualTo("raised");
        assertThat(alarm.get("ackState").asText()).isEqualTo("unacknowledged");
        assertThat(alarm.get("alarmRaisedTime").asText()).isEqualTo("2026-11-25T01:30:00Z");
        assertThat(alarm.get("sourceSystemId").asText()).isEqualTo(nmsName);
        assertThat(alarm.get("networkElement").asText()).isEqualTo("TJ-HX-FR01");
        assertThat(alarm.get("affectedService")).extracting(service -> service.get("id").asText())
                .contains("TJ-FR-000401", "TJ-FR-000402", "TJ-FR-000601");
        assertThat(TMF642.violationsWithStringIds("Alarm", alarm)).isEmpty();
        assertThat(TMF642.violationsWithStringIds("Alarm", admin().get(ALARMS + "/" + alarm.get("id").asText()).json())).isEmpty();
        admin().get(ALARMS + "?limit=5").json().forEach(each ->
                assertThat(TMF642.violationsWithStringIds("Alarm", each)).as(each.toString()).isEmpty());
    }

    @Test
    void theSchemaCheckCatchesAnAlarmThatBreaksTheSpecification() {
        ObjectNode broken = (ObjectNode) nms.post(ALARMS, alarm(unique("CSN"))).json();
        broken.put("id", "not-an-integer");
        broken.put("perceivedSeverity", "loud");
        broken.put("alarmRaisedTime", "yesterday");

        assertThat(TMF642.violations("Alarm", broken)).containsExactlyInAnyOrder(
                "$.id: must be an integer",
                "$.perceivedSeverity: loud is not one of "
                        + "[\"critical\",\"major\",\"minor\",\"warning\",\"indeterminate\",\"cleared\"]",
                "$.alarmRaisedTime: yesterday is not a date-time");
    }

    @Test
    void aBadAlarmIsRefusedWithEveryProblemNamed() {
        Response missing = nms.post(ALARMS, "{\"alarmedObject\":{}}");
        Response wrong = nms.post(ALARMS, alarm("x").replace("\"communicationsAlarm\"", "\"badAlarm\"")
                .replace("2026-11-25T09:30:00+08:00", "yesterday").replace("\"raised\"", "\"cleared\""));
        Response notJson = nms.post(ALARMS, "{not json");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(missing)).contains("alarmType", "perceivedSeverity", "probableCause", "sourceSystemId",
                "state", "alarmRaisedTime", "alarmedObject.id");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fields(wrong)).containsExactlyInAnyOrder("alarmType", "alarmRaisedTime", "state");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(admin().get(ALARMS + "/987654321").status()).isEqualTo(404);
        assertThat(person("\"ACCOUNT_MANAGER\"").post(ALARMS, alarm("y")).status()).isEqualTo(403);
        assertThat(anonymous().get(ALARMS).status()).isEqualTo(401);
    }

    @Test
    void theNmsSerialNumberIsTheFaultAndItsPatchClearsIt() {
        String serial = unique("CSN");
        long id = nms.post(ALARMS, alarm(serial)).json().get("id").asLong();
        JsonNode again = nms.post(ALARMS, alarm(serial)).json();

        assertThat(again.get("id").asLong()).isEqualTo(id);
        assertThat(again.get("occurrenceCount").asInt()).isEqualTo(2);

        Response cleared = nms.patch(ALARMS + "/" + id, """
                {"state":"cleared","alarmClearedTime":"2026-11-25T10:00:00+08:00","clearUserId":"u2000-admin"}""");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("state").asText()).isEqualTo("cleared");
        assertThat(cleared.json().get("alarmClearedTime").asText()).isEqualTo("2026-11-25T02:00:00Z");
        assertThat(cleared.json().get("clearUserId").asText()).isEqualTo("u2000-admin");
        assertThat(cleared.json().get("clearSystemId").asText()).as("an NMS clears as itself by default")
                .isEqualTo("token:" + nmsName);
    }

    @Test
    void listsFilterPageAndProjectAsTmf630Says() {
        String serial = unique("CSN");
        nms.post(ALARMS, alarm(serial + "-1"));
        nms.post(ALARMS, alarm(serial + "-2"));
        nms.post(ALARMS, alarm(serial + "-3"));

        Response page = admin().get(ALARMS + "?sourceSystemId=" + nmsName + "&limit=2&fields=state,externalAlarmId");
        Response second = admin().get(ALARMS + "?sourceSystemId=" + nmsName + "&offset=2&limit=2");
        Response some = admin().get(ALARMS + "?externalAlarmId=" + serial + "-1," + serial + "-3&state=raised");
        Response unknown = admin().get(ALARMS + "?colour=red");

        assertThat(page.header("X-Total-Count")).isEqualTo("3");
        assertThat(page.json()).hasSize(2);
        assertThat(page.json().get(0).properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("id", "href", "state", "externalAlarmId");
        assertThat(page.json().get(0).get("id").isTextual()).as("TMF630: ids are strings").isTrue();
        assertThat(second.json()).hasSize(1);
        assertThat(some.json()).extracting(alarm -> alarm.get("externalAlarmId").asText())
                .containsExactlyInAnyOrder(serial + "-1", serial + "-3");
        assertThat(unknown.status()).isEqualTo(400);
        JsonNode one = some.json().get(0);
        String raisedAt = one.get("alarmRaisedTime").asText();
        assertThat(admin().get(ALARMS + "?sourceSystemId=" + nmsName + "&alarmRaisedTime=" + raisedAt).json())
                .extracting(alarm -> alarm.get("alarmRaisedTime").asText()).isNotEmpty().containsOnly(raisedAt);
        assertThat(admin().get(ALARMS + "?customer=TJ-C0004&sourceSystemId=" + nmsName).json()).hasSize(3);
        assertThat(admin().get(ALARMS + "?customer=TJ-C0001&sourceSystemId=" + nmsName).json()).isEmpty();
        // By what the alarms' circuits are: frame relay of TJ-C0004 (AA) and TJ-C0006 (A), am002 the first's manager.
        assertThat(admin().get(ALARMS + "?tier=AA&circuitType=FR&sourceSystemId=" + nmsName).json()).hasSize(3);
        assertThat(admin().get(ALARMS + "?tier=AAA,B&sourceSystemId=" + nmsName).json()).isEmpty();
        assertThat(admin().get(ALARMS + "?circuitType=DDN&sourceSystemId=" + nmsName).json()).isEmpty();
        assertThat(admin().get(ALARMS + "?accountManager=am002&sourceSystemId=" + nmsName).json()).hasSize(3);
    }

    @Test
    void ackUnackCommentAndClearAreJournaledWithUserAndTime() {
        long id = nms.post(ALARMS, alarm(unique("CSN"))).json().get("id").asLong();
        Api engineer = person("\"NOC_ENGINEER\"");
        String engineerId = engineer.get("/api/v1/me").json().get("employeeId").asText();

        JsonNode acked = engineer.patch(ALARMS + "/" + id, "{\"ackState\":\"acknowledged\"}").json();
        assertThat(acked.get("ackState").asText()).isEqualTo("acknowledged");
        assertThat(acked.get("ackUserId").asText()).isEqualTo(engineerId);
        engineer.patch(ALARMS + "/" + id, "{\"ackState\":\"unacknowledged\"}");
        JsonNode commented = engineer.patch(ALARMS + "/" + id, """
                {"comment":[{"comment":"已通知客户经理，现场处理中"}]}""").json();
        assertThat(commented.get("comment").get(0).get("userId").asText()).isEqualTo(engineerId);
        JsonNode raisedTo = engineer.patch(ALARMS + "/" + id, "{\"perceivedSeverity\":\"critical\"}").json();
        assertThat(raisedTo.get("perceivedSeverity").asText()).isEqualTo("critical");
        assertThat(raisedTo.get("state").asText()).isEqualTo("updated");
        JsonNode cleared = engineer.patch(ALARMS + "/" + id, "{\"state\":\"cleared\"}").json();
        assertThat(cleared.get("clearUserId").asText()).isEqualTo(engineerId);
        Response lateSeverity = engineer.patch(ALARMS + "/" + id, "{\"perceivedSeverity\":\"minor\"}");
        assertThat(lateSeverity.status()).as("a cleared alarm keeps its severity").isEqualTo(409);
        assertThat(lateSeverity.json().get("detail").asText()).contains(String.valueOf(id), "已清除");

        JsonNode journal = admin().get("/api/v1/alarms/" + id + "/journal").json();
        List<String> actions = new ArrayList<>();
        journal.forEach(entry -> actions.add(entry.get("action").asText()));
        assertThat(actions).containsExactly("raised", "acknowledged", "unacknowledged", "commented", "severity",
                "cleared");
        for (int i = 1; i < journal.size(); i++) {
            assertThat(journal.get(i).get("actor").asText()).isEqualTo(engineerId);
            assertThat(journal.get(i).get("at").asText()).isNotBlank();
        }
        assertThat(admin().get(ALARMS + "/" + id).json().get("state").asText()).as("history stays readable")
                .isEqualTo("cleared");
    }

    @Test
    void theAlarmsOwnerUpdatesWhatItSaysAboutTheFaultAndTheNocCannot() {
        long id = nms.post(ALARMS, alarm(unique("CSN"))).json().get("id").asLong();

        Response byOwner = nms.patch(ALARMS + "/" + id, """
                {"probableCause":"powerProblem","specificProblem":"电源模块故障 power module","alarmDetails":"PSU 2",
                 "state":"updated"}""");
        Response byNoc = person("\"NOC_ENGINEER\"").patch(ALARMS + "/" + id, "{\"probableCause\":\"other\"}");
        Response tooLong = nms.patch(ALARMS + "/" + id, "{\"alarmDetails\":\"%s\"}".formatted("x".repeat(1025)));

        assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(200);
        assertThat(byOwner.json().get("probableCause").asText()).isEqualTo("powerProblem");
        assertThat(byOwner.json().get("state").asText()).isEqualTo("updated");
        assertThat(admin().get("/api/v1/alarms/" + id + "/journal").body()).contains("\"updated\"");
        assertThat(byNoc.status()).isEqualTo(403);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(admin().get(ALARMS + "/" + id).json().get("alarmDetails").asText()).isEqualTo("PSU 2");
    }

    @Test
    void whatThePatchCannotChangeIsRefusedAndAlarmsAreNeverDeleted() {
        long id = nms.post(ALARMS, alarm(unique("CSN"))).json().get("id").asLong();

        Response cause = admin().patch(ALARMS + "/" + id, "{\"probableCause\":\"other\",\"state\":\"raised\"}");
        Response byAccountManager = person("\"ACCOUNT_MANAGER\"").patch(ALARMS + "/" + id,
                "{\"ackState\":\"acknowledged\"}");
        Response delete = admin().delete(ALARMS + "/" + id);

        assertThat(cause.status()).isEqualTo(400);
        assertThat(fields(cause)).containsExactlyInAnyOrder("state");
        assertThat(fields(admin().patch(ALARMS + "/" + id, "{\"alarmedObject\":{\"id\":\"x\"}}")))
                .containsExactly("alarmedObject");
        assertThat(byAccountManager.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(admin().patch(ALARMS + "/987654321", "{\"ackState\":\"acknowledged\"}").status()).isEqualTo(404);
    }

    @Test
    void taskResourcesActOnEveryAlarmAPatternMatchesAndStayReadable() {
        String serial = unique("CSN");
        long first = nms.post(ALARMS, alarm(serial + "-1")).json().get("id").asLong();
        long second = nms.post(ALARMS, alarm(serial + "-2")).json().get("id").asLong();
        Api engineer = person("\"NOC_ENGINEER\"");
        String patterns = "[{\"externalAlarmId\":\"%s-1\"},{\"externalAlarmId\":\"%s-2\",\"state\":\"raised\"}]"
                .formatted(serial, serial);

        Response acked = engineer.post("/tmf-api/alarmManagement/v4/ackAlarms", """
                {"ackSystemId":"console","ackUserId":"someone","alarmPattern":%s}""".formatted(patterns));
        Response commented = engineer.post("/tmf-api/alarmManagement/v4/commentAlarms", """
                {"comment":{"comment":"线路割接后恢复"},"alarmPattern":[{"id":%d}]}""".formatted(first));
        Response noTime = engineer.post("/tmf-api/alarmManagement/v4/clearAlarms", """
                {"clearSystemId":"console","clearUserId":"me","alarmPattern":%s}""".formatted(patterns));
        Response everything = engineer.post("/tmf-api/alarmManagement/v4/ackAlarms", """
                {"ackSystemId":"console","ackUserId":"me","alarmPattern":[{}]}""");

        assertThat(acked.status()).as(acked.body()).isEqualTo(201);
        assertThat(acked.json().get("state").asText()).isEqualTo("done");
        assertThat(acked.json().get("ackedAlarm")).extracting(ref -> ref.get("id").asLong())
                .containsExactly(first, second);
        assertThat(TMF642.violationsWithStringIds("AckAlarms", acked.json())).isEmpty();
        assertThat(engineer.get(acked.header("Location")).json().get("ackedAlarm")).hasSize(2);
        assertThat(admin().get(ALARMS + "/" + second).json().get("ackState").asText()).isEqualTo("acknowledged");
        assertThat(commented.status()).as(commented.body()).isEqualTo(201);
        assertThat(TMF642.violationsWithStringIds("CommentAlarms", commented.json())).isEmpty();
        assertThat(admin().get(ALARMS + "/" + first).json().get("comment").get(0).get("comment").asText())
                .isEqualTo("线路割接后恢复");
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(fields(noTime)).containsExactly("alarmClearedTime");
        assertThat(everything.status()).isEqualTo(400);

        Response unacked = engineer.post("/tmf-api/alarmManagement/v4/unAckAlarms", """
                {"ackSystemId":"console","ackUserId":"me","alarmPattern":[{"id":%d}]}""".formatted(second));
        Response cleared = engineer.post("/tmf-api/alarmManagement/v4/clearAlarms", """
                {"clearSystemId":"console","clearUserId":"me","alarmClearedTime":"2026-11-25T12:00:00+08:00",
                 "alarmPattern":%s}""".formatted(patterns));
        assertThat(unacked.json().get("unAckedAlarm")).hasSize(1);
        assertThat(TMF642.violationsWithStringIds("UnAckAlarms", unacked.json())).isEmpty();
        assertThat(admin().get(ALARMS + "/" + second).json().get("ackState").asText()).isEqualTo("unacknowledged");
        assertThat(cleared.json().get("clearedAlarm")).as("the second pattern asks for raised ones only")
                .hasSize(2);
        assertThat(TMF642.violationsWithStringIds("ClearAlarms", cleared.json())).isEmpty();
        assertThat(admin().get(ALARMS + "/" + first).json().get("alarmClearedTime").asText())
                .isEqualTo("2026-11-25T04:00:00Z");
    }

    @Test
    void anEngineerGroupsAlarmsUnderARootCauseAndTakesThemOutAgain() {
        String serial = unique("CSN");
        long root = nms.post(ALARMS, alarm(serial + "-root")).json().get("id").asLong();
        long first = nms.post(ALARMS, alarm(serial + "-1")).json().get("id").asLong();
        long second = nms.post(ALARMS, alarm(serial + "-2")).json().get("id").asLong();
        Api engineer = person("\"NOC_ENGINEER\"");
        String grouping = """
                {"sourceSystemId":"console","alarmChangedTime":"2026-11-25T10:00:00Z","parentAlarm":{"id":%d},
                 "correlatedAlarm":[{"id":%d},{"id":%d}]}""";

        Response grouped = engineer.post("/tmf-api/alarmManagement/v4/groupAlarms",
                grouping.formatted(root, first, second));
        Response loop = engineer.post("/tmf-api/alarmManagement/v4/groupAlarms",
                grouping.formatted(first, root, second));
        Response ungrouped = engineer.post("/tmf-api/alarmManagement/v4/unGroupAlarms", """
                {"sourceSystemId":"console","alarmChangedTime":"2026-11-25T10:05:00Z","parentAlarm":{"id":%d},
                 "correlatedAlarm":[{"id":%d}]}""".formatted(root, second));

        assertThat(grouped.status()).as(grouped.body()).isEqualTo(201);
        assertThat(TMF642.violationsWithStringIds("GroupAlarms", grouped.json())).isEmpty();
        assertThat(grouped.json().get("groupedAlarm")).hasSize(2);
        assertThat(loop.status()).isEqualTo(409);
        assertThat(ungrouped.status()).isEqualTo(201);
        assertThat(ungrouped.json().get("unGroupedAlarm")).extracting(ref -> ref.get("id").asLong())
                .containsExactly(second);
        JsonNode parent = admin().get(ALARMS + "/" + root).json();
        assertThat(parent.get("isRootCause").asBoolean()).isTrue();
        assertThat(parent.get("correlatedAlarm")).extracting(ref -> ref.get("id").asLong()).containsExactly(first);
        assertThat(admin().get(ALARMS + "/" + first).json().get("parentAlarm").get(0).get("id").asLong())
                .isEqualTo(root);
        assertThat(admin().get(ALARMS + "/" + second).json().get("parentAlarm")).isEmpty();
        assertThat(admin().get(ALARMS + "?parentAlarm.id=" + root).json()).hasSize(1);
    }

    @Test
    void anNmsAlarmThatSaysItIsTheRootCauseGathersTheAlarmsOfItsElement() {
        String serial = unique("CSN");
        String neDown = alarm(serial + "-ne").replace("TJ-HX-FR01", "TJ-NK-DDN01").replace("\"resource\":{\"ifIndex\":5},",
                "\"isRootCause\":true,").replace("2026-11-25T09:30:00+08:00", "2026-11-25T11:00:00+08:00");
        String portDown = alarm(serial + "-port").replace("TJ-HX-FR01", "TJ-NK-DDN01")
                .replace("\"ifIndex\":5", "\"ifIndex\":102").replace("2026-11-25T09:30:00+08:00", "2026-11-25T11:00:03+08:00");

        JsonNode root = nms.post(ALARMS, neDown).json();
        JsonNode child = nms.post(ALARMS, portDown).json();

        assertThat(root.get("isRootCause").asBoolean()).isTrue();
        assertThat(root.get("alarmedObjectType").asText()).isEqualTo("NetworkElement");
        assertThat(child.get("parentAlarm").get(0).get("id").asText()).isEqualTo(root.get("id").asText());
        assertThat(ids(admin().get(ALARMS + "/" + root.get("id").asText()).json().get("customer")))
                .contains("TJ-C0003", "TJ-C0005", "TJ-C0008", "TJ-C0007");
        assertThat(nms.post(ALARMS, alarm("z").replace("\"state\"", "\"isRootCause\":\"yes\",\"state\"")).status())
                .isEqualTo(400);
    }

    private static List<String> ids(JsonNode customers) {
        List<String> codes = new ArrayList<>();
        customers.forEach(customer -> codes.add(customer.get("customerCode").asText()));
        return codes;
    }

    @Test
    void eightConcurrentWritersOfOneFaultLeaveExactlyOneOpenAlarm() throws Exception {
        String serial = unique("CSN");
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 8 * 25; i++) {
            statuses.add(writers.submit(() -> nms.post(ALARMS, alarm(serial)).status()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(201);
        }
        writers.shutdown();

        JsonNode open = admin().get(ALARMS + "?externalAlarmId=" + serial + "&state=raised,updated").json();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("occurrenceCount").asInt()).isEqualTo(200);
    }
}
