package io.kexiang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.ingest.TrapPorts;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Browser;
import io.kexiang.support.FixedClock;
import io.kexiang.support.MutableClock;
import io.kexiang.support.PdfText;
import io.kexiang.support.Response;
import io.kexiang.support.TestSite;
import io.kexiang.support.TrapSender;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 应急事件总结: a cold start takes down three customers' circuits at 10:00 (2095-06-10, Shanghai); the tickets open
 * after the hold-off and the fault is declared a major incident (一般: three customers). Restored at 10:40, 10:40 and
 * 11:10, the incident ends at 11:10 — 70 minutes — and its summary is owed, due three days later. Written while it
 * went on, finished and submitted in the console by a department manager, it is delivered, and reads back from the
 * PDF and the workbook.
 */
@FixedClock
// Its escalation scan runs every 200 ms: left alive, it would declare other tests' major incidents (and their
// notices would go out from it) before those tests' own applications do. Closed afterwards.
@DirtiesContext
class IncidentSummaryIT extends ApplicationIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TICKETS = "/tmf-api/troubleTicket/v4/troubleTicket";
    private static final String INCIDENTS = "/api/v1/reports/incidents";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("kexiang.reports.scan", () -> "200ms");
        properties.add("kexiang.ticket.escalation.scan-interval", () -> "200ms");
        // Longer than the test takes in real time: the applications on the real clock must not open these tickets.
        properties.add("kexiang.ticket.hold-off", () -> "PT10M");
    }

    @Autowired
    MutableClock clock;

    @Autowired
    TrapPorts ports;

    @Test
    void aMajorIncidentThatEndedIsOwedItsSummaryWrittenSubmittedAndExported() throws Exception {
        demoInventory();
        Api engineer = person("\"NOC_ENGINEER\"");
        Api specialist = person("\"TECH_SPECIALIST\"");
        Api manager = person("\"DEPT_MANAGER\"");
        Instant before = clock.instant();
        long id;
        try {
            at(10, 0);
            TestSite site = TestSite.create(admin(), "PE");
            List<String> customers = List.of(site.customer("A"), site.customer("B"), site.customer("AA"));
            site.circuits(site.ddn("MS1-" + site.element, customers.get(0), 1, "E1-1"),
                    site.ddn("MS2-" + site.element, customers.get(1), 2, "E1-2"),
                    site.ddn("MS3-" + site.element, customers.get(2), 3, "E1-3"));
            try (TrapSender traps = new TrapSender(ports.udpPort())) {
                traps.send(site.address, TrapSender.COLD_START);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> !admin().get(
                    "/tmf-api/alarmManagement/v4/alarm?networkElement=" + site.element).json().isEmpty());
            at(10, 11);
            List<String> tickets = new ArrayList<>();
            for (String customer : customers) {
                tickets.add(await().atMost(Duration.ofSeconds(15)).until(() -> admin().get(TICKETS + "?customer="
                        + customer).json(), found -> found.size() == 1).get(0).get("id").asText());
            }
            JsonNode listed = await().atMost(Duration.ofSeconds(15)).until(() -> engineer.get(INCIDENTS
                    + "?from=2095-06-10&to=2095-06-10").json(), found -> found.size() == 1).get(0);
            id = listed.at("/incident/id").asLong();
            assertThat(listed.at("/incident/levelName").asText()).isEqualTo("一般 general");
            assertThat(listed.get("state").asText()).isEqualTo("none");
            assertThat(listed.at("/incident/endedAt").isNull()).isTrue();
            String summary = INCIDENTS + "/" + id;

            // Written while it goes on; not submitted before it ends; engineers read, do not write.
            assertThat(engineer.put(summary, "{\"narrative\": {}}").status()).isEqualTo(403);
            JsonNode draft = specialist.put(summary, """
                    {"narrative": {"actions": "10:15 启动一般级应急预案，调度传输值班抢修"}}""").json();
            assertThat(draft.get("state").asText()).isEqualTo("draft");
            assertThat(draft.at("/narrative/actions").asText()).as(draft.toString()).startsWith("10:15");
            assertThat(manager.post(summary + "/submission", "").status()).as("not ended").isEqualTo(409);
            Response bad = specialist.put(summary, "{\"narrative\": {\"gossip\": \"…\"}, \"when\": 1}");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("when");
            bad = specialist.put(summary, "{\"narrative\": {\"gossip\": \"…\", \"lessons\": \"" + "长".repeat(8001)
                    + "\"}}");
            assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("gossip",
                    "lessons");

            for (String ticket : tickets) {
                move(engineer, ticket, "{\"status\":\"inProgress\"}");
            }
            at(10, 40);
            resolve(engineer, tickets.get(0));
            resolve(engineer, tickets.get(1));
            at(11, 10);
            resolve(engineer, tickets.get(2));
            JsonNode ended = await().atMost(Duration.ofSeconds(15)).until(() -> engineer.get(summary).json(),
                    found -> !found.at("/incident/endedAt").isNull());
            assertThat(Instant.parse(ended.at("/incident/endedAt").asText())).isEqualTo(shanghai(11, 10));
            assertThat(Instant.parse(ended.get("startedAt").asText())).isEqualTo(shanghai(10, 0));
            assertThat(ended.get("minutes").asLong()).isEqualTo(70);
            assertThat(ended.get("circuits").asInt()).isEqualTo(3);
            assertThat(ended.get("customers").findValuesAsText("customerCode")).containsExactlyInAnyOrderElementsOf(
                    customers);
            assertThat(ended.get("customers").findValues("minutesDown").stream().map(JsonNode::asLong).toList())
                    .containsExactlyInAnyOrder(40L, 40L, 70L);
            assertThat(ended.at("/root/networkElement").asText()).isEqualTo(site.element);
            List<String> kinds = ended.get("timeline").findValuesAsText("kind");
            assertThat(kinds.get(0)).isEqualTo("alarm-raised");
            assertThat(kinds).contains("declared", "status").endsWith("ended");
            assertThat(ended.get("timeline").findValuesAsText("text")).contains("inProgress", "resolved");
            assertThat(Instant.parse(ended.get("dueAt").asText())).isEqualTo(shanghai(11, 10).plus(Duration.ofDays(3)));

            JsonNode owed = await().atMost(Duration.ofSeconds(15)).until(() -> owed(manager, "MI-" + id),
                    found -> found != null);
            assertThat(Instant.parse(owed.get("dueAt").asText())).isEqualTo(shanghai(11, 10).plus(Duration.ofDays(3)));

            at(16, 0);
            try (Browser browser = Browser.open(port)) {
                browser.signIn(newPerson("\"DEPT_MANAGER\""), PASSWORD).go("/reports/incidents?from=2095-06-10");
                browser.await("#incident-" + id + " a", Duration.ofSeconds(10)).click();
                assertThat(browser.await("#incident-summary", Duration.ofSeconds(10)).getText()).contains(
                        "应急事件总结 MI-" + id, "一般 general", "启动一般级应急预案", "根告警产生", "事件结束");
                assertThat(browser.find("#incident-minutes").getText()).isEqualTo("70");
                browser.find("#section-cause").sendKeys("PE 设备主控板故障重启");
                browser.find("#section-lessons").sendKeys("主控板未做冗余");
                browser.screenshot("report-incident");
                browser.submit("#incident-submit");
                assertThat(browser.await("#incident-state", Duration.ofSeconds(10)).getText()).contains("已于");
            }
        } finally {
            clock.set(before);
        }
        JsonNode submitted = manager.get(INCIDENTS + "/" + id).json();
        assertThat(submitted.get("state").asText()).isEqualTo("submitted");
        assertThat(submitted.at("/narrative/lessons").asText()).isEqualTo("主控板未做冗余");
        assertThat(submitted.at("/narrative/actions").asText()).startsWith("10:15 启动一般级应急预案");
        assertThat(owed(manager, "MI-" + id).get("deliveredAt").isNull()).isFalse();
        assertThat(specialist.put(INCIDENTS + "/" + id, "{\"narrative\": {}}").status()).isEqualTo(409);
        assertThat(manager.post(INCIDENTS + "/" + id + "/submission", "").status()).isEqualTo(409);

        String pdf = PdfText.of(manager.download(INCIDENTS + "/" + id + ".pdf")).replaceAll("\\s", "");
        assertThat(pdf).contains("应急事件总结MI-" + id, "一般general", "PE设备主控板故障重启", "主控板未做冗余");
        try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(manager.download(INCIDENTS + "/" + id
                + ".xlsx")))) {
            assertThat(excel.getSheetAt(0).getSheetName()).isEqualTo("概况");
            assertThat(excel.getSheet("受影响客户").getLastRowNum()).isEqualTo(3);
            assertThat(excel.getSheet("文字部分").getRow(3).getCell(1).getStringCellValue()).isEqualTo("主控板未做冗余");
        }
        assertThat(manager.get(INCIDENTS + "/987654321").status()).isEqualTo(404);
        assertThat(manager.get(INCIDENTS + "?from=yesterday").json().get("errors").findValuesAsText("field"))
                .containsExactly("from");
        assertThat(demoPerson("am001").get(INCIDENTS).status()).as("the centre's report").isEqualTo(403);
    }

    private static JsonNode owed(Api who, String subject) {
        for (JsonNode delivery : who.get("/api/v1/reports/deliveries?state=").json()) {
            if (delivery.get("kind").asText().equals("incident") && delivery.get("subject").asText().equals(subject)) {
                return delivery;
            }
        }
        return null;
    }

    private static void move(Api who, String id, String body) {
        Response moved = who.patch(TICKETS + "/" + id, body);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private static void resolve(Api who, String id) {
        move(who, id, "{\"status\":\"resolved\",\"faultReason\":\"FIBER_CUT\",\"resolution\":\"主控板更换\",\"openAlarmOverride\":\"主控板已更换，业务已恢复\"}");
    }

    private void at(int hour, int minute) {
        clock.set(shanghai(hour, minute));
    }

    private static Instant shanghai(int hour, int minute) {
        return LocalDateTime.of(2095, 6, 10, hour, minute).atZone(SHANGHAI).toInstant();
    }
}
