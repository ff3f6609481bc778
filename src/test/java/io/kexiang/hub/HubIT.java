package io.kexiang.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import io.kexiang.support.SwaggerSchema;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The TMF642 and TMF621 hubs: real listeners over HTTP, one of them failing at first and one of them dead, with
 * events delivered through the outbox; callbacks to internal addresses refused unless allowed.
 */
// It delivers outbox messages: closed afterwards, it takes no other test's messages.
@DirtiesContext
@TestPropertySource(properties = "kexiang.outbox.deliver=true")
class HubIT extends ApplicationIT {

    private static final String BASE = "/tmf-api/alarmManagement/v4";
    private static final SwaggerSchema TMF642 = SwaggerSchema.load("/specs/TMF642/TMF642-Alarm-v4.0.0.swagger.json");
    private static final SwaggerSchema TMF621 = SwaggerSchema.load(
            "/specs/TMF621/TMF621-TroubleTicket-v4.0.0.swagger.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MeterRegistry meters;

    private HttpServer listener;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<JsonNode> receivedAfterRetry = new CopyOnWriteArrayList<>();
    private final List<JsonNode> slow = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final List<String> subscriptions = new ArrayList<>();
    private Api nms;
    private String nmsName;

    @BeforeEach
    void listeners() throws IOException {
        demoInventory();
        nmsName = unique("OSS-");
        nms = anonymous().withToken(admin().post("/api/v1/api-tokens", "{\"name\":\"%s\"}".formatted(nmsName))
                .json().get("token").asText());
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/ok", exchange -> {
            received.add(JSON.readTree(exchange.getRequestBody()));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        listener.createContext("/slow", exchange -> {
            slow.add(JSON.readTree(exchange.getRequestBody()));
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        listener.createContext("/flaky", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            boolean fail = flakyCalls.incrementAndGet() == 1;
            if (!fail) {
                receivedAfterRetry.add(body);
            }
            exchange.sendResponseHeaders(fail ? 503 : 204, -1);
            exchange.close();
        });
        listener.start();
    }

    @AfterEach
    void stop() {
        subscriptions.forEach(id -> nms.delete(BASE + "/hub/" + id));
        listener.stop(0);
    }

    private String subscribe(String callback, String query) {
        Response created = nms.post(BASE + "/hub", query == null ? "{\"callback\":\"%s\"}".formatted(callback)
                : "{\"callback\":\"%s\",\"query\":\"%s\"}".formatted(callback, query));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(TMF642.violationsWithStringIds("EventSubscription", created.json())).isEmpty();
        subscriptions.add(created.json().get("id").asText());
        return created.json().get("id").asText();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + listener.getAddress().getPort() + path;
    }

    private long raiseAlarm() {
        return nms.post(BASE + "/alarm", """
                {"externalAlarmId":"%s","alarmType":"equipmentAlarm","perceivedSeverity":"critical",
                 "probableCause":"powerProblem","alarmedObject":{"id":"TJ-HP-PE01"},"sourceSystemId":"%s",
                 "state":"raised","alarmRaisedTime":"2026-11-25T10:00:00Z"}""".formatted(unique("S"), nmsName))
                .json().get("id").asLong();
    }

    private List<JsonNode> about(List<JsonNode> events, long alarmId) {
        return events.stream().filter(event -> event.at("/event/alarm/id").asLong() == alarmId).toList();
    }

    @Test
    void listenersGetAlarmEventsARetryCarriesAFailureAndADeadListenerHoldsUpNoOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        subscribe(url("/ok"), null);
        subscribe(url("/flaky"), "eventType=AlarmCreateEvent");
        String dead = subscribe("http://127.0.0.1:" + closedPort + "/gone", null);

        long alarmId = raiseAlarm();
        await().atMost(Duration.ofSeconds(10)).until(() -> about(received, alarmId).size() == 1);
        nms.patch(BASE + "/alarm/" + alarmId, "{\"ackState\":\"acknowledged\",\"ackUserId\":\"zhang\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(received, alarmId).size() == 2);

        JsonNode created = about(received, alarmId).get(0);
        JsonNode acknowledged = about(received, alarmId).get(1);
        assertThat(created.get("eventType").asText()).isEqualTo("AlarmCreateEvent");
        assertThat(TMF642.violationsWithStringIds("AlarmCreateEvent", created)).isEmpty();
        assertThat(TMF642.violationsWithStringIds("Alarm", created.at("/event/alarm"))).isEmpty();
        assertThat(acknowledged.get("eventType").asText()).isEqualTo("AlarmStateChangeEvent");
        assertThat(acknowledged.at("/event/alarm/ackState").asText()).isEqualTo("acknowledged");

        await().atMost(Duration.ofSeconds(10)).until(() -> about(receivedAfterRetry, alarmId).size() == 1);
        assertThat(about(receivedAfterRetry, alarmId).get(0).get("eventType").asText())
                .as("the flaky listener asked for creations only").isEqualTo("AlarmCreateEvent");
        assertThat(flakyCalls.get()).isEqualTo(2);

        JsonNode owed = nms.get(BASE + "/hub/" + dead + "/notification").json();
        assertThat(owed).isNotEmpty();
        assertThat(owed.get(0).get("deliveredAt").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> nms.get(BASE + "/hub/" + dead + "/notification").json()
                .get(0).get("attempts").asInt() >= 1);
        JsonNode failing = nms.get(BASE + "/hub/" + dead + "/notification").json().get(0);
        assertThat(failing.get("state").asText()).isEqualTo("pending");
        assertThat(failing.get("lastError").asText()).contains("Connect");
        JsonNode inTheOutbox = admin().get("/api/v1/outbox?reference=hub-subscription:" + dead).json();
        assertThat(inTheOutbox).isNotEmpty().allSatisfy(message -> {
            assertThat(message.get("channel").asText()).isEqualTo("hub");
            assertThat(message.get("recipient").asText()).endsWith("/gone");
        });
        assertThat(person("\"ACCOUNT_MANAGER\"").get("/api/v1/outbox").status()).isEqualTo(403);

        nms.delete(BASE + "/hub/" + dead);
        subscriptions.remove(dead);
        assertThat(admin().get("/api/v1/outbox?state=pending&reference=hub-subscription:" + dead).json())
                .as("an unsubscribed listener is owed nothing").isEmpty();
    }

    /**
     * Changes come faster than a slow listener takes them: those owing an event already waiting write nothing, and
     * the listener still hears of the alarm's last state (a change is never absorbed by an event rendered before it).
     */
    @Test
    void aSlowListenerHearsOfTheLastOfManyQuickChangesAndMostWriteNothing() {
        subscribe(url("/slow"), "eventType=AlarmStateChangeEvent");
        double absorbedBefore = meters.counter("kexiang.outbox.absorbed").count();
        long alarmId = raiseAlarm();

        int changes = 0;
        for (int round = 0; round < 20; round++) {
            assertThat(nms.patch(BASE + "/alarm/" + alarmId, "{\"ackState\":\"acknowledged\",\"ackUserId\":\"li\"}")
                    .status()).isEqualTo(200);
            assertThat(nms.patch(BASE + "/alarm/" + alarmId, "{\"ackState\":\"unacknowledged\"}").status())
                    .isEqualTo(200);
            changes += 2;
        }
        assertThat(nms.patch(BASE + "/alarm/" + alarmId, "{\"ackState\":\"acknowledged\",\"ackUserId\":\"wang\"}")
                .status()).isEqualTo(200);
        changes++;

        await().atMost(Duration.ofSeconds(15)).until(() -> !about(slow, alarmId).isEmpty()
                && about(slow, alarmId).get(about(slow, alarmId).size() - 1).at("/event/alarm/ackUserId").asText()
                        .equals("wang"));
        List<JsonNode> heard = about(slow, alarmId);
        assertThat(heard.get(heard.size() - 1).at("/event/alarm/ackState").asText()).isEqualTo("acknowledged");
        assertThat(heard).as("alike events waiting together went as one").hasSizeLessThan(changes);
        assertThat(meters.counter("kexiang.outbox.absorbed").count() - absorbedBefore)
                .as("changes that found their event waiting wrote nothing").isPositive();
    }

    @Test
    void aCallbackToALoopbackLinkLocalOrPrivateAddressNotAllowedIsRefusedAndNothingIsStored() {
        for (String callback : new String[] {"http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/cb",
            "http://192.168.0.10:8080/actuator/env", "http://[::1]:5432/"}) {
            Response refused = nms.post(BASE + "/hub", "{\"callback\":\"%s\"}".formatted(callback));

            assertThat(refused.status()).as(callback).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("callback");
            assertThat(refused.json().at("/errors/0/reason").asText()).contains("kexiang.hub.allowed-hosts");
        }
    }

    @Test
    void anOssListenerHearsOfNewTicketsAndTheirMovesThroughTheTmf621Hub() throws Exception {
        String tickets = "/tmf-api/troubleTicket/v4/troubleTicket";
        Api accountManager = demoPerson("am002");
        Api engineer = person("\"NOC_ENGINEER\"");
        Response subscribed = admin().post("/tmf-api/troubleTicket/v4/hub", "{\"callback\":\"%s\"}"
                .formatted(url("/ok")));
        assertThat(subscribed.status()).isEqualTo(201);
        try {
            assertThat(TMF621.violations("EventSubscription", subscribed.json())).isEmpty();
            // TJ-DDN-000123's customer, TJ-C0003, is am002's.
            Response declared = accountManager.post(tickets, """
                    {"description":"客户反映专线中断","severity":"major","ticketType":"fault",
                     "relatedEntity":[{"id":"TJ-DDN-000123","role":"affectedCircuit","@referredType":"Circuit"}]}""");
            assertThat(declared.status()).as(declared.body()).isEqualTo(201);
            long id = declared.json().get("id").asLong();
            await().atMost(Duration.ofSeconds(10)).until(() -> aboutTicket(id).size() == 1);
            engineer.patch(tickets + "/" + id, "{\"status\":\"inProgress\"}");

            await().atMost(Duration.ofSeconds(10)).until(() -> aboutTicket(id).size() == 2);
            List<JsonNode> mine = aboutTicket(id);
            assertThat(mine).extracting(event -> event.get("eventType").asText())
                    .containsExactly("TroubleTicketCreateEvent", "TroubleTicketStatusChangeEvent");
            assertThat(TMF621.violations("TroubleTicketCreateEvent", mine.get(0))).isEmpty();
            assertThat(mine.get(1).at("/event/troubleTicket/status").asText()).isEqualTo("inProgress");
        } finally {
            admin().delete("/tmf-api/troubleTicket/v4/hub/" + subscribed.json().get("id").asText());
        }
    }

    private List<JsonNode> aboutTicket(long ticketId) {
        return received.stream().filter(event -> event.at("/event/troubleTicket/id").asLong() == ticketId).toList();
    }

    @Test
    void subscriptionsAreCheckedReadAndRemoved() {
        Response bad = nms.post(BASE + "/hub", "{\"callback\":\"ftp://example.com/x\"}");
        Response missing = nms.post(BASE + "/hub", "{}");
        String id = subscribe(url("/ok"), null);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(nms.get(BASE + "/hub/" + id).json().get("callback").asText()).isEqualTo(url("/ok"));
        assertThat(person("\"ACCOUNT_MANAGER\"").post(BASE + "/hub", "{\"callback\":\"http://x.example/\"}")
                .status()).isEqualTo(403);
        assertThat(nms.delete(BASE + "/hub/" + id).status()).isEqualTo(204);
        assertThat(nms.get(BASE + "/hub/" + id).status()).isEqualTo(404);
    }
}
