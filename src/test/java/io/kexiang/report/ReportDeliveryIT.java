package io.kexiang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Browser;
import io.kexiang.support.FixedClock;
import io.kexiang.support.MutableClock;
import io.kexiang.support.Response;
import io.kexiang.support.TestSite;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 三个报告: the schedule owes a fault report after an AAA customer's fault (due 24 h after restoration) and the
 * operation analysis report of the month before (due by the 5th working day: 2097-03-07, a Thursday), reminds
 * (12 h before, in this test) once, and the delivery recorded by the account manager counts in
 * 三个报告提供及时率: the fault report on time, the operation report late: 50 %.
 */
@FixedClock
class ReportDeliveryIT extends ApplicationIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TICKETS = "/tmf-api/troubleTicket/v4/troubleTicket";
    private static final String DELIVERIES = "/api/v1/reports/deliveries";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("kexiang.reports.scan", () -> "200ms");
        properties.add("kexiang.reports.remind-before", () -> "PT12H");
    }

    @Autowired
    MutableClock clock;

    @Test
    void theReportsOwedAreRemindedDeliveredAndCountedOnTimeOrLate() {
        demoInventory();
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("AAA");
        String circuit = "DDN-RPT-" + site.element;
        site.circuits(site.ddn(circuit, customer, 9, "E1-0/9"));
        Api accountManager = demoPerson("am001");
        Api engineer = person("\"NOC_ENGINEER\"");
        Api centre = person("\"DEPT_MANAGER\"");
        Instant before = clock.instant();
        try {
            at(2097, 3, 10, 8, 0);
            Response declared = accountManager.post(TICKETS, """
                    {"description":"客户报障","severity":"major","ticketType":"fault","relatedEntity":[{"id":"%s",
                     "role":"affectedCircuit","@referredType":"Circuit"}]}""".formatted(circuit));
            assertThat(declared.status()).as(declared.body()).isEqualTo(201);
            String number = declared.json().get("ticketNumber").asText();
            String id = declared.json().get("id").asText();
            engineer.patch(TICKETS + "/" + id, "{\"status\":\"inProgress\"}");
            at(2097, 3, 10, 9, 0);
            assertThat(engineer.patch(TICKETS + "/" + id, """
                    {"status":"resolved","faultReason":"FIBER_CUT","resolution":"熔接"}""").status()).isEqualTo(200);

            JsonNode fault = await().atMost(Duration.ofSeconds(20)).until(() -> owed(accountManager, "fault", number),
                    found -> found != null);
            assertThat(Instant.parse(fault.get("dueAt").asText())).isEqualTo(shanghai(2097, 3, 11, 9, 0));
            JsonNode operation = await().atMost(Duration.ofSeconds(20)).until(() -> owed(accountManager,
                    "operation", customer + "/2097-02"), found -> found != null);
            assertThat(Instant.parse(operation.get("dueAt").asText())).isEqualTo(shanghai(2097, 3, 8, 0, 0));
            // The operation report is overdue: reminded at once; the fault report not yet (due in 24 h, told 12 h before).
            await().atMost(Duration.ofSeconds(20)).until(() -> owed(accountManager, "operation", customer
                    + "/2097-02").hasNonNull("remindedAt"));
            assertThat(owed(accountManager, "fault", number).hasNonNull("remindedAt")).isFalse();
            at(2097, 3, 10, 21, 30);
            await().atMost(Duration.ofSeconds(20)).until(() -> owed(accountManager, "fault", number)
                    .hasNonNull("remindedAt"));

            at(2097, 3, 11, 8, 0);
            // The account manager records the fault report in the console.
            try (Browser browser = Browser.open(port)) {
                browser.signIn("am001", PASSWORD).go("/reports/deliveries");
                var row = browser.await("#delivery-" + fault.get("id").asText(), Duration.ofSeconds(10));
                assertThat(row.getText()).contains("故障报告", number);
                row.findElement(By.name("note")).sendKeys("已邮件发送客户");
                browser.screenshot("reports-owed");
                browser.submit("#delivery-" + fault.get("id").asText() + " button");
                browser.await("#deliveries", Duration.ofSeconds(10));
            }
            JsonNode recorded = owed(accountManager, "fault", number);
            assertThat(recorded.get("deliveredBy").asText()).isEqualTo("am001");
            assertThat(recorded.get("note").asText()).isEqualTo("已邮件发送客户");
            assertThat(accountManager.post(DELIVERIES + "/" + fault.get("id").asText() + "/delivered", "{}")
                    .status()).as("once").isEqualTo(409);
            assertThat(demoPerson("am002").post(DELIVERIES + "/" + operation.get("id").asText() + "/delivered", "{}")
                    .status()).as("not theirs").isEqualTo(404);
            at(2097, 3, 11, 8, 5);
            assertThat(accountManager.post(DELIVERIES + "/" + operation.get("id").asText() + "/delivered", "{}")
                    .status()).isEqualTo(200);
        } finally {
            clock.set(before);
        }

        JsonNode figures = centre.get("/api/v1/kpis?period=2097-03&customer=" + customer).json();
        JsonNode delivery = null;
        for (JsonNode figure : figures) {
            if (figure.at("/definition/code").asText().equals("report-delivery-on-time")) {
                delivery = figure;
            }
        }
        assertThat(delivery.get("value").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(delivery.get("counted").asLong()).isEqualTo(2);
        assertThat(delivery.at("/detail/byKind/fault/value").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(delivery.at("/detail/byKind/operation/value").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(delivery.get("items").findValuesAsText("number")).containsExactly(customer + "/2097-02");
        assertThat(centre.get(DELIVERIES + "?state=sometimes").status()).isEqualTo(400);
    }

    /**
     * 季报 of 2094-Q3: a fault restored in August counts in its daily work; the managers write the sections, submit
     * on 10-09 (due by the end of 10-10), and 季报上报及时性 for October is met; a submitted report no longer changes.
     */
    @Test
    void theQuarterlyReportIsComputedWrittenSubmittedAndCountedOnTime() throws Exception {
        demoInventory();
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("AA");
        String circuit = "DDN-QTR-" + site.element;
        site.circuits(site.ddn(circuit, customer, 12, "E1-0/12"));
        Api accountManager = demoPerson("am001");
        Api engineer = person("\"NOC_ENGINEER\"");
        Api manager = person("\"DEPT_MANAGER\"");
        String quarterly = "/api/v1/reports/quarterly?quarter=2094-Q3";
        Instant before = clock.instant();
        try {
            at(2094, 8, 5, 9, 0);
            Response declared = accountManager.post(TICKETS, """
                    {"description":"客户报障","severity":"major","ticketType":"fault","relatedEntity":[{"id":"%s",
                     "role":"affectedCircuit","@referredType":"Circuit"}]}""".formatted(circuit));
            String id = declared.json().get("id").asText();
            engineer.patch(TICKETS + "/" + id, "{\"status\":\"inProgress\"}");
            at(2094, 8, 5, 11, 0);
            engineer.patch(TICKETS + "/" + id, """
                    {"status":"resolved","faultReason":"FIBER_CUT","resolution":"熔接"}""");

            at(2094, 10, 8, 10, 0);
            JsonNode report = manager.get(quarterly).json();
            assertThat(report.get("faultsRestored").asLong()).isEqualTo(1);
            assertThat(report.get("state").asText()).isEqualTo("draft");
            assertThat(Instant.parse(report.get("dueAt").asText())).isEqualTo(shanghai(2094, 10, 11, 0, 0));
            assertThat(report.get("kpis").findValuesAsText("code")).contains("fault-restoration-on-time");
            Response bad = manager.put(quarterly, "{\"narrative\": {\"gossip\": \"……\"}}");
            assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("gossip");
            assertThat(engineer.put(quarterly, "{\"narrative\": {}}").status()).as("managers write it")
                    .isEqualTo(403);
            JsonNode saved = manager.put(quarterly, """
                    {"narrative": {"projects": "支撑天津港 5G 专网项目", "problems": "接入段老化",
                                   "nextPlan": "更换老旧接入设备"}, "typicalCaseNumbers": "GZ-20940805-0001"}"""
            ).json();
            assertThat(saved.at("/narrative/projects").asText()).isEqualTo("支撑天津港 5G 专网项目");

            at(2094, 10, 9, 16, 0);
            try (Browser browser = Browser.open(port)) {
                String name = newPerson("\"DEPT_MANAGER\"");
                browser.signIn(name, PASSWORD).go("/reports/quarterly?quarter=2094-Q3");
                assertThat(browser.await("#quarterly-report", Duration.ofSeconds(10)).getText()).contains("季报",
                        "支撑天津港 5G 专网项目", "接入段老化");
                browser.find("#section-dailyWork").sendKeys("完成重保 3 次");
                browser.screenshot("report-quarterly");
                browser.submit("#quarterly-submit");
                browser.await("#quarterly-report", Duration.ofSeconds(10));
            }
            JsonNode submitted = manager.get(quarterly).json();
            assertThat(submitted.get("state").asText()).isEqualTo("submitted");
            assertThat(submitted.at("/narrative/dailyWork").asText()).isEqualTo("完成重保 3 次");
            assertThat(manager.put(quarterly, "{\"narrative\": {}}").status()).isEqualTo(409);
            assertThat(manager.post("/api/v1/reports/quarterly/submission?quarter=2094-Q3", "").status())
                    .isEqualTo(409);
        } finally {
            clock.set(before);
        }
        JsonNode october = manager.get("/api/v1/kpis?period=2094-10").json();
        for (JsonNode figure : october) {
            if (figure.at("/definition/code").asText().equals("quarterly-report-on-time")) {
                assertThat(figure.get("value").decimalValue()).isEqualByComparingTo("100.0");
                assertThat(figure.get("counted").asLong()).isEqualTo(1);
            }
        }
        String pdf = io.kexiang.support.PdfText.of(manager.download("/api/v1/reports/quarterly.pdf?quarter=2094-Q3"));
        assertThat(pdf.replaceAll("\\s", "")).contains("2094-Q3季报", "支撑天津港5G专网项目", "完成重保3次");
        try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                manager.download("/api/v1/reports/quarterly.xlsx?quarter=2094-Q3")))) {
            assertThat(excel.getSheetAt(0).getSheetName()).isEqualTo("考核指标");
            assertThat(excel.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo("支撑天津港 5G 专网项目");
        }
        assertThat(manager.get("/api/v1/reports/quarterly?quarter=2094-Q5").status()).isEqualTo(400);
    }

    private static JsonNode owed(Api who, String kind, String subject) {
        for (JsonNode delivery : who.get(DELIVERIES).json()) {
            if (delivery.get("kind").asText().equals(kind) && delivery.get("subject").asText().equals(subject)) {
                return delivery;
            }
        }
        return null;
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.set(shanghai(year, month, day, hour, minute));
    }

    private static Instant shanghai(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }
}
