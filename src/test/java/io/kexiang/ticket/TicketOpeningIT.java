package io.kexiang.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.ingest.TrapPorts;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import io.kexiang.support.SwaggerSchema;
import io.kexiang.support.TestSite;
import io.kexiang.support.TrapSender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Alarms over real UDP and HTTP becoming tickets: the hold-off, joining, and one ticket per fault. */
class TicketOpeningIT extends ApplicationIT {

    static final String TICKETS = "/tmf-api/troubleTicket/v4/troubleTicket";
    static final SwaggerSchema TMF621 = SwaggerSchema.load(
            "/specs/TMF621/TMF621-TroubleTicket-v4.0.0.swagger.json");

    @Autowired
    TrapPorts ports;

    private TrapSender traps;

    @BeforeEach
    void aSender() {
        demoInventory();
        traps = new TrapSender(ports.udpPort());
    }

    @AfterEach
    void closeSender() {
        traps.close();
    }

    private JsonNode ticketsOf(String customer) {
        return admin().get(TICKETS + "?customer=" + customer).json();
    }

    private static List<String> related(JsonNode ticket, String type) {
        List<String> ids = new ArrayList<>();
        ticket.get("relatedEntity").forEach(entity -> {
            if (entity.get("@referredType").asText().equals(type)) {
                ids.add(entity.get("id").asText());
            }
        });
        return ids;
    }

    @Test
    void aLinkDownOpensATicketAfterTheHoldOffAndASecondAlarmOnTheCircuitJoinsIt() {
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("A");
        String circuit = "TK-" + site.element;
        site.circuits(site.ddn(circuit, customer, 5, "E1-0/5"));

        Instant sent = Instant.now();
        traps.linkDown(site.address, 5);
        await().atMost(Duration.ofSeconds(15)).until(() -> ticketsOf(customer).size() == 1);
        JsonNode ticket = ticketsOf(customer).get(0);

        assertThat(Duration.between(sent, Instant.parse(ticket.get("creationDate").asText())))
                .as("not before the 2 s hold-off").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(ticket.get("status").asText()).isEqualTo("acknowledged");
        assertThat(ticket.get("ticketType").asText()).isEqualTo("fault");
        assertThat(ticket.get("ticketNumber").asText()).matches("GZ-\\d{8}-\\d{4}");
        assertThat(related(ticket, "Circuit")).containsExactly(circuit);
        assertThat(related(ticket, "Alarm")).hasSize(1);
        assertThat(ticket.get("relatedParty")).extracting(party -> party.get("id").asText())
                .contains(customer, "am001");
        assertThat(Duration.between(Instant.parse(ticket.get("creationDate").asText()),
                Instant.parse(ticket.at("/sla/responseDue").asText()))).isEqualTo(Duration.ofHours(2));
        assertThat(Duration.between(Instant.parse(ticket.get("creationDate").asText()),
                Instant.parse(ticket.get("expectedResolutionDate").asText()))).isEqualTo(Duration.ofHours(12));
        assertThat(TMF621.violations("TroubleTicket", ticket)).isEmpty();
        // Written for the centre's people: in its language (zh-CN) and its time, not the store's UTC instant.
        String alarm = related(ticket, "Alarm").get(0);
        JsonNode raised = admin().get("/tmf-api/alarmManagement/v4/alarm/" + alarm).json();
        String raisedAt = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(Instant.parse(raised.get("alarmRaisedTime")
                        .asText()));
        assertThat(ticket.get("description").asText()).isEqualTo("告警 %s（信号丢失 lossOfSignal，%s）：%s，%s 起；电路 %s"
                .formatted(alarm, raised.get("perceivedSeverity").asText().equals("critical") ? "严重" : "主要",
                        raised.get("alarmedObject").get("id").asText(), raisedAt, circuit));

        // An E1 alarm on the same interface is another alarm, on the same circuit: it joins the ticket.
        traps.send(site.address, "1.3.6.1.2.1.10.18.15.0.1", "1.3.6.1.2.1.10.18.6.1.10.5", 64);
        await().atMost(Duration.ofSeconds(15)).until(() -> related(ticketsOf(customer).get(0), "Alarm").size() == 2);
        assertThat(ticketsOf(customer)).hasSize(1);
    }

    /** A DDN circuit of a new A customer, its interface down, and the ticket that opened for it. */
    private record Opened(TestSite site, JsonNode ticket) {
    }

    private Opened aTicketForALinkDown(String prefix, int ifIndex) {
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("A");
        site.circuits(site.ddn(prefix + site.element, customer, ifIndex, "E1-0/" + ifIndex));
        traps.linkDown(site.address, ifIndex);
        await().atMost(Duration.ofSeconds(15)).until(() -> ticketsOf(customer).size() == 1);
        return new Opened(site, ticketsOf(customer).get(0));
    }

    @Test
    void anAlarmShowsItsTicketTheTicketIsFoundByItsAlarmAndResolvingItWhileTheAlarmIsRaisedTakesAReason() {
        Opened opened = aTicketForALinkDown("TA-", 7);
        TestSite site = opened.site();
        JsonNode ticket = opened.ticket();
        String ticketId = ticket.get("id").asText();
        String alarmId = related(ticket, "Alarm").get(0);

        JsonNode alarm = admin().get("/tmf-api/alarmManagement/v4/alarm/" + alarmId).json();
        assertThat(alarm.get("troubleTicket")).extracting(t -> t.get("id").asText()).containsExactly(ticketId);
        assertThat(admin().get(TICKETS + "?alarm=" + alarmId).json()).extracting(t -> t.get("id").asText())
                .containsExactly(ticketId);
        assertThat(admin().get(TICKETS + "?alarm=x1").status()).isEqualTo(400);

        admin().patch(TICKETS + "/" + ticketId, "{\"status\":\"inProgress\"}");
        Response early = admin().patch(TICKETS + "/" + ticketId, """
                {"status":"resolved","faultReason":"FIBER_CUT"}""");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains(alarmId, "openAlarmOverride");

        traps.linkUp(site.address, 7);
        await().atMost(Duration.ofSeconds(15)).until(() -> admin().get("/api/v1/tickets/" + ticketId + "/journal")
                .body().contains("alarmCleared"));
        assertThat(admin().patch(TICKETS + "/" + ticketId, """
                {"status":"resolved","faultReason":"FIBER_CUT"}""").status()).isEqualTo(200);

        // The report counts the outage from the fault's first event to its clear, in Beijing time throughout.
        JsonNode cleared = admin().get("/tmf-api/alarmManagement/v4/alarm/" + alarmId).json();
        java.time.format.DateTimeFormatter beijing = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Shanghai"));
        String report = admin().get("/api/v1/tickets/" + ticketId + "/report.html").body();
        assertThat(report).contains(beijing.format(Instant.parse(cleared.get("alarmRaisedTime").asText())))
                .contains(beijing.format(Instant.parse(cleared.get("alarmClearedTime").asText())))
                .contains("北京时间", " 秒", "处理中", "已恢复", "赵丽", "13802000041")
                .doesNotContain(">inProgress<").doesNotContain(">resolved<");
    }

    @Test
    void aTicketIsResolvedWithItsAlarmStillRaisedOnlyWithAReasonThatTheJournalKeeps() {
        String ticketId = aTicketForALinkDown("TO-", 8).ticket().get("id").asText();
        admin().patch(TICKETS + "/" + ticketId, "{\"status\":\"inProgress\"}");

        Response resolved = admin().patch(TICKETS + "/" + ticketId, """
                {"status":"resolved","faultReason":"FIBER_CUT",
                 "openAlarmOverride":"业务已倒换至备用路由 traffic moved to the standby route"}""");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/tickets/" + ticketId + "/journal").body())
                .contains("resolvedWithRaisedAlarms", "standby route");
    }

    @Test
    void anAlarmThatClearsInsideTheHoldOffOpensNothingAndAnAaaCustomersOpensAtOnce() {
        TestSite site = TestSite.create(admin(), "PE");
        String patient = site.customer("B");
        String urgent = site.customer("AAA");
        site.circuits(site.ddn("HB-" + site.element, patient, 3, "E1-3"),
                site.ddn("HA-" + site.element, urgent, 4, "E1-4"));

        traps.linkDown(site.address, 3);
        traps.linkUp(site.address, 3);
        traps.linkDown(site.address, 4);

        await().atMost(Duration.ofSeconds(10)).until(() -> ticketsOf(urgent).size() == 1);
        assertThat(Duration.between(Instant.parse(ticketsOf(urgent).get(0).get("creationDate").asText()),
                Instant.now())).isLessThan(Duration.ofSeconds(10));
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> ticketsOf(patient).isEmpty());
    }

    @Test
    void aColdStartArrivingAfterTheLinkDownItCausedTakesOverItsTicketAndLaterConsequencesJoinIt() {
        TestSite site = TestSite.create(admin(), "PE");
        String customer = site.customer("AAA");
        site.circuits(site.ddn("RK1-" + site.element, customer, 1, "E1-1"),
                site.ddn("RK2-" + site.element, customer, 2, "E1-2"));

        traps.linkDown(site.address, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> ticketsOf(customer).size() == 1);
        traps.send(site.address, TrapSender.COLD_START);
        await().atMost(Duration.ofSeconds(10)).until(() -> related(ticketsOf(customer).get(0), "Alarm").size() == 2);
        traps.linkDown(site.address, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> related(ticketsOf(customer).get(0), "Alarm").size() == 3);

        assertThat(ticketsOf(customer)).as("one fault, one ticket").hasSize(1);
        assertThat(related(ticketsOf(customer).get(0), "Circuit")).containsExactlyInAnyOrder("RK1-" + site.element,
                "RK2-" + site.element);
        assertThat(admin().get("/api/v1/tickets/" + ticketsOf(customer).get(0).get("id").asText() + "/journal")
                .body()).contains("rootCause");
    }

    @Test
    void eightConcurrentAlarmStreamsOnOneCircuitOpenExactlyOneTicket() throws Exception {
        String circuit = "TJ-FR-000601";
        String nms = unique("TK-NMS-");
        Api client = anonymous().withToken(admin().post("/api/v1/api-tokens", "{\"name\":\"%s\"}".formatted(nms))
                .json().get("token").asText());
        // Eight NMS alarms (five repeats each) on DLCI 102 of TJ-HX-FR01: one customer's circuit, one ticket,
        // whether or not earlier tests left one open for it that these join.
        ExecutorService streams = Executors.newFixedThreadPool(8);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int stream = 0; stream < 8; stream++) {
            String serial = nms + "-" + stream;
            for (int repeat = 0; repeat < 5; repeat++) {
                sent.add(streams.submit(() -> client.post("/tmf-api/alarmManagement/v4/alarm", """
                        {"externalAlarmId":"%s","alarmType":"communicationsAlarm","perceivedSeverity":"major",
                         "probableCause":"lossOfSignal","alarmedObject":{"id":"TJ-HX-FR01"},
                         "resource":{"ifIndex":5,"dlci":102},"sourceSystemId":"%s","state":"raised",
                         "alarmRaisedTime":"2026-11-25T12:00:00+08:00"}""".formatted(serial, nms)).status()));
            }
        }
        for (Future<Integer> status : sent) {
            assertThat(status.get()).isEqualTo(201);
        }
        streams.shutdown();

        await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode open = admin().get(TICKETS + "?customer=TJ-C0006&status=acknowledged").json();
            return open.size() == 1 && related(open.get(0), "Alarm").size() >= 8;
        });
        JsonNode open = admin().get(TICKETS + "?customer=TJ-C0006&status=acknowledged").json();
        assertThat(related(open.get(0), "Circuit")).contains(circuit);
        Response journal = admin().get("/api/v1/tickets/" + open.get(0).get("id").asText() + "/journal");
        assertThat(journal.body()).contains("opened", "alarmAttached");
        assertThat(journal.json().get(0).get("detail").get("alarm").isNumber()).as("detail is JSON, not text").isTrue();
    }
}
