package io.kexiang.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Browser;
import io.kexiang.support.FixedClock;
import io.kexiang.support.MutableClock;
import io.kexiang.support.PdfText;
import io.kexiang.support.Response;
import io.kexiang.support.TestSite;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tickets' KPIs on a scenario built by hand with known answers, January 2098 in Shanghai, for one new AAA
 * customer (the figures are narrowed to it, so the suite's other tickets do not count):
 * <ul>
 * <li>T1 opened 01-05 10:00, answered 10:30, restored 12:00 (due 14:00): on time, 2 h; closed, visited, satisfied.
 * <li>T2 opened 01-10 09:00, answered 12:00 (due 11:00: 60 min late), waiting on the customer 12:00–15:00 (the
 * restoration due moves from 13:00 to 16:00), restored 17:00: 60 min late, 5 h without the wait; visited, neutral.
 * <li>T3 opened 01-31 20:00, answered 20:30, restored 02-01 01:00 (due 00:00): counts in February, not January.
 * <li>A complaint opened 01-15 10:00, answered 10:10.
 * </ul>
 */
@FixedClock
class KpiIT extends ApplicationIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TICKETS = "/tmf-api/troubleTicket/v4/troubleTicket";

    @Autowired
    MutableClock clock;

    @Autowired
    io.kexiang.ingest.TrapPorts ports;

    @Test
    void theTicketsKpisOfAHandBuiltMonthAreExactAndNameWhatWasLate() {
        demoInventory();
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("AAA");
        String circuit = "DDN-KPI-" + site.element;
        site.circuits(site.ddn(circuit, customer, 3, "E1-0/3"));
        Api accountManager = demoPerson("am001");
        Api engineer = person("\"NOC_ENGINEER\"");
        Api manager = person("\"DEPT_MANAGER\"");
        Instant before = clock.instant();
        try {
            at(2098, 1, 5, 10, 0);
            long t1 = declare(accountManager, circuit, "fault");
            at(2098, 1, 5, 10, 30);
            move(engineer, t1, "{\"status\":\"inProgress\"}");
            at(2098, 1, 5, 12, 0);
            resolve(engineer, t1);
            move(accountManager, t1, "{\"returnVisit\":{\"confirmed\":true,\"satisfaction\":\"satisfied\"}}");

            at(2098, 1, 10, 9, 0);
            long t2 = declare(accountManager, circuit, "fault");
            at(2098, 1, 10, 12, 0);
            move(engineer, t2, "{\"status\":\"inProgress\"}");
            move(engineer, t2, "{\"status\":\"pending\",\"statusChangeReason\":\"等待客户开门\"}");
            at(2098, 1, 10, 15, 0);
            move(engineer, t2, "{\"status\":\"inProgress\"}");
            at(2098, 1, 10, 17, 0);
            resolve(engineer, t2);
            move(accountManager, t2, "{\"returnVisit\":{\"confirmed\":true,\"satisfaction\":\"neutral\"}}");

            at(2098, 1, 15, 10, 0);
            long complaint = declare(accountManager, circuit, "complaint");
            at(2098, 1, 15, 10, 10);
            move(engineer, complaint, "{\"status\":\"inProgress\"}");

            at(2098, 1, 31, 20, 0);
            long t3 = declare(accountManager, circuit, "fault");
            at(2098, 1, 31, 20, 30);
            move(engineer, t3, "{\"status\":\"inProgress\"}");
            at(2098, 2, 1, 1, 0);
            resolve(engineer, t3);
        } finally {
            clock.set(before);
        }

        JsonNode january = manager.get("/api/v1/kpis?period=2098-01&customer=" + customer).json();
        assertThat(figure(january, "fault-restoration-on-time")).containsExactly("50.0", "1", "2", "red");
        assertThat(late(january, "fault-restoration-on-time")).containsExactly(number(manager, 2L) + ":60");
        assertThat(figure(january, "first-response-on-time")).containsExactly("75.0", "3", "4", "red");
        assertThat(late(january, "first-response-on-time")).hasSize(1).allMatch(item -> item.endsWith(":60"));
        assertThat(figure(january, "mttr")).containsExactly("3.5", "2", "2", "green");
        assertThat(figure(january, "return-visit-share")).containsExactly("100.0", "2", "2", "green");
        assertThat(figure(january, "return-visit-satisfaction")).containsExactly("50.0", "1", "2", "red");
        assertThat(figure(january, "complaints")).containsExactly("1", "1", "1", "none");
        // By priority: T1, T3 and the complaint within 2 h, T2 within 24 h.
        JsonNode distribution = find(january, "first-response-on-time").at("/detail/distribution");
        assertThat(sum(distribution, "counted")).isEqualTo(4);
        assertThat(sum(distribution, "within2H")).isEqualTo(3);
        assertThat(sum(distribution, "within24H")).isEqualTo(4);
        assertThat(sum(distribution, "never")).isZero();

        JsonNode february = manager.get("/api/v1/kpis?period=2098-02&customer=" + customer).json();
        assertThat(figure(february, "fault-restoration-on-time")).containsExactly("0.0", "0", "1", "red");
        assertThat(figure(february, "mttr")).containsExactly("5.0", "1", "1", "red"); // above 4 h × 1.2
        assertThat(figure(february, "first-response-on-time").get(2)).isEqualTo("0");

        JsonNode quarter = manager.get("/api/v1/kpis?period=2098-Q1&customer=" + customer).json();
        assertThat(figure(quarter, "fault-restoration-on-time")).containsExactly("33.3", "1", "3", "red");
        JsonNode byMonth = manager.get("/api/v1/kpis/fault-restoration-on-time/by/month?period=2098-Q1&customer="
                + customer).json();
        assertThat(byMonth.findValuesAsText("key")).containsExactly("2098-01", "2098-02", "2098-03");
        assertThat(byMonth.findValuesAsText("counted")).containsExactly("2", "1", "0");
        JsonNode byTier = manager.get("/api/v1/kpis/mttr/by/tier?period=2098-01&customer=" + customer).json();
        assertThat(byTier.findValuesAsText("key")).containsExactly("AAA");
        assertThat(manager.get("/api/v1/kpis?period=2098-01&tier=B&customer=" + customer).json().get(0)
                .get("counted").asLong()).as("narrowed to another tier").isZero();

        // Bad periods and cuts are named; KPIs are not for account managers.
        Response bad = manager.get("/api/v1/kpis?period=2098-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("period");
        Response badCut = manager.get("/api/v1/kpis/nothing/by/colour?period=2098-01");
        assertThat(badCut.json().get("errors").findValuesAsText("field")).containsExactly("kpi", "by");
        assertThat(accountManager.get("/api/v1/kpis?period=2098-01").status()).isEqualTo(403);

        // The same month in the console: the tiles, then the figure behind one, with its trend and what was late.
        String manager2 = newPerson("\"DEPT_MANAGER\"");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(manager2, PASSWORD).go("/kpis?period=2098-01&customer=" + customer);
            var tile = browser.await("#tile-fault-restoration-on-time", Duration.ofSeconds(10));
            assertThat(tile.getText()).contains("故障处理及时率", "50.0 %", "目标 95 %", "达标 1 / 共 2");
            assertThat(tile.getAttribute("class")).contains("kpi-red");
            assertThat(browser.find("#tile-mttr").getText()).contains("3.5 小时");
            browser.await("#availability-heat-map", Duration.ofSeconds(10));
            browser.screenshot("kpis");
            tile.click();
            assertThat(browser.await("#kpi-items", Duration.ofSeconds(10)).getText()).contains(number(manager, 2L),
                    "60");
            browser.await("#kpi-trend canvas", Duration.ofSeconds(10));
            assertThat(browser.find("#kpi-formula").getText()).contains("恢复时限");
            assertThat(browser.find("#cut-tier").getText()).contains("AAA");
            browser.screenshot("kpi");
        }
    }

    /**
     * Availability in January 2098 for a new AA customer (target 99.95 %) with two circuits: C1 down 10:00–10:30 on
     * 01-03 while its ticket waited on the customer 10:10–10:20 (20 minutes count: 99.955 %, met), C2 down 14:00–15:00
     * (60 minutes: 99.866 %, missed). The customer: 80 of 89,280 minutes, 99.910 %, two failures, MTBF 743.3 h.
     */
    @Test
    void availabilityCountsTheServiceAffectingOutagesLessTheCustomersWaits() throws Exception {
        demoInventory();
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("AA");
        String c1 = "DDN-AV1-" + site.element;
        String c2 = "DDN-AV2-" + site.element;
        site.circuits(site.ddn(c1, customer, 5, "E1-0/5"), site.ddn(c2, customer, 6, "E1-0/6"));
        Api accountManager = demoPerson("am001");
        Api engineer = person("\"NOC_ENGINEER\"");
        long[] declaredTicket = new long[1];
        Instant before = clock.instant();
        try {
            at(2098, 1, 3, 10, 0);
            trap(site, "1.3.6.1.6.3.1.1.5.3", 5, 2);
            awaitAlarms(site.element, 1, 0);
            at(2098, 1, 3, 10, 5);
            long ticket = declare(accountManager, c1, "fault");
            declaredTicket[0] = ticket;
            move(engineer, ticket, "{\"status\":\"inProgress\"}");
            at(2098, 1, 3, 10, 10);
            move(engineer, ticket, "{\"status\":\"pending\",\"statusChangeReason\":\"客户设备重启中\"}");
            at(2098, 1, 3, 10, 20);
            move(engineer, ticket, "{\"status\":\"inProgress\"}");
            at(2098, 1, 3, 10, 30);
            trap(site, "1.3.6.1.6.3.1.1.5.4", 5, 1);
            awaitAlarms(site.element, 0, 1);
            at(2098, 1, 3, 10, 40);
            resolve(engineer, ticket);
            at(2098, 1, 3, 14, 0);
            trap(site, "1.3.6.1.6.3.1.1.5.3", 6, 2);
            awaitAlarms(site.element, 1, 1);
            at(2098, 1, 3, 15, 0);
            trap(site, "1.3.6.1.6.3.1.1.5.4", 6, 1);
            awaitAlarms(site.element, 0, 2);
            at(2098, 3, 1, 0, 0);
            // January and February frozen: from here on they are read from their rollup, and must say the same.
            Api freezer = person("\"DEPT_MANAGER\"");
            assertThat(freezer.post("/api/v1/availability/months/2098-01/freeze", "").json().get("circuitsDown")
                    .asInt()).isGreaterThanOrEqualTo(2);
            assertThat(freezer.post("/api/v1/availability/months/2098-02/freeze", "").status()).isEqualTo(200);
            assertThat(freezer.post("/api/v1/availability/months/2098-03/freeze", "").status()).as("not ended")
                    .isEqualTo(400);
            assertThat(engineer.post("/api/v1/availability/months/2098-01/freeze", "").status()).isEqualTo(403);
        } finally {
            clock.set(before);
        }
        Api manager = person("\"DEPT_MANAGER\"");
        assertThat(manager.get("/api/v1/availability/months").json().findValuesAsText("month")).contains("2098-01",
                "2098-02");
        JsonNode circuits = manager.get("/api/v1/availability/circuits?period=2098-01&customer=" + customer).json();
        assertThat(circuits.findValuesAsText("circuitId")).containsExactly(c1, c2);
        assertThat(circuits.get(0).get("outageMinutes").asLong()).isEqualTo(20);
        assertThat(circuits.get(0).get("availability").decimalValue()).isEqualByComparingTo("99.955");
        assertThat(circuits.get(0).get("met").asBoolean()).isTrue();
        assertThat(circuits.get(1).get("outageMinutes").asLong()).isEqualTo(60);
        assertThat(circuits.get(1).get("availability").decimalValue()).isEqualByComparingTo("99.866");
        assertThat(circuits.get(1).get("met").asBoolean()).isFalse();
        JsonNode whole = manager.get("/api/v1/availability/customers?period=2098-01&customer=" + customer).json()
                .get(0);
        assertThat(whole.get("availability").decimalValue()).isEqualByComparingTo("99.910");
        assertThat(whole.get("failures").asInt()).isEqualTo(2);
        assertThat(whole.get("mtbfHours").decimalValue()).isEqualByComparingTo("743.3");
        // The dashboard's heat map (fetched once the page is shown): the six months up to the period's, this AA
        // customer's January below its tier's 99.95 %.
        try (Browser browser = Browser.open(port)) {
            browser.signIn(newPerson("\"DEPT_MANAGER\""), PASSWORD).go("/kpis?period=2098-01&customer=" + customer);
            String row = browser.await("#availability-heat-map", Duration.ofSeconds(10)).getText();
            assertThat(row).contains("2097-08", "2098-01", "99.910");
            assertThat(browser.find("#availability-heat-map td.heat-missed").getText()).isEqualTo("99.910");
        }
        // The first quarter: January and February from their rollups, March counted live; 80 of 2 × 129,600 minutes.
        JsonNode quarter = manager.get("/api/v1/availability/customers?period=2098-Q1&customer=" + customer).json()
                .get(0);
        assertThat(quarter.get("outageMinutes").asLong()).isEqualTo(80);
        assertThat(quarter.get("failures").asInt()).isEqualTo(2);
        assertThat(quarter.get("availability").decimalValue()).isEqualByComparingTo("99.969");
        assertThat(whole.get("met").asBoolean()).isFalse();
        assertThat(whole.get("below").findValuesAsText("circuitId")).containsExactly(c2);

        JsonNode figures = manager.get("/api/v1/kpis?period=2098-01&customer=" + customer).json();
        assertThat(figure(figures, "availability")).containsExactly("99.91", "1", "2", "green"); // 99.9 overall
        assertThat(late(figures, "availability")).containsExactly(c2 + ":60");
        assertThat(manager.get("/api/v1/availability/customers?period=2098-02&customer=" + customer).json().get(0)
                .get("availability").decimalValue()).as("nothing down in February").isEqualByComparingTo("100");

        // 运行分析报告 of January: the same figures, the fault (35 minutes less 10 waiting), the trend; PDF and Excel.
        String number = manager.get(TICKETS + "/" + declaredTicket[0]).json().get("ticketNumber").asText();
        JsonNode report = accountManager.get("/api/v1/reports/operation-analysis?customer=" + customer
                + "&month=2098-01").json();
        assertThat(report.at("/whole/availability").decimalValue()).isEqualByComparingTo("99.910");
        assertThat(report.get("circuits").findValuesAsText("circuitId")).containsExactly(c1, c2);
        assertThat(report.get("faults").findValuesAsText("number")).contains(number);
        JsonNode fault = null;
        for (JsonNode each : report.get("faults")) {
            fault = each.get("number").asText().equals(number) ? each : fault;
        }
        assertThat(fault.get("minutes").asLong()).isEqualTo(25);
        assertThat(fault.get("reason").asText()).contains("光缆中断");
        assertThat(report.get("trend")).hasSize(12);
        assertThat(report.at("/trend/11/month").asText()).isEqualTo("2098-01");
        assertThat(report.at("/trend/11/availability").decimalValue()).isEqualByComparingTo("99.910");
        assertThat(report.at("/trend/10/outageMinutes").asLong()).isZero();
        String pdf = PdfText.of(accountManager.download("/api/v1/reports/operation-analysis.pdf?customer=" + customer
                + "&month=2098-01"));
        // Table cells wrap long numbers over lines: read the text without its white space.
        assertThat(pdf.replaceAll("\\s", "")).contains("运行分析报告", c1, c2, "99.866", number, "光缆中断");
        try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                accountManager.download("/api/v1/reports/operation-analysis.xlsx?customer=" + customer
                        + "&month=2098-01")))) {
            assertThat(excel.getSheetAt(0).getSheetName()).isEqualTo("电路可用率");
            assertThat(excel.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo(c2);
            assertThat(excel.getSheetAt(0).getRow(2).getCell(4).getNumericCellValue()).isEqualTo(99.866);
            assertThat(excel.getSheetAt(1).getRow(1).getCell(4).getNumericCellValue()).isEqualTo(25.0);
        }
        Response badMonth = accountManager.get("/api/v1/reports/operation-analysis?customer=" + customer
                + "&month=January");
        assertThat(badMonth.json().get("errors").findValuesAsText("field")).containsExactly("month");
        assertThat(demoPerson("am002").get("/api/v1/reports/operation-analysis?customer=" + customer).json()
                .get("errors").findValuesAsText("field")).as("not their customer").containsExactly("customer");
        try (Browser browser = Browser.open(port)) {
            browser.signIn("am001", PASSWORD).go("/reports/operation?customer=" + customer + "&month=2098-01");
            assertThat(browser.await("#operation-report", Duration.ofSeconds(10)).getText()).contains("运行分析报告",
                    c1, number);
            browser.screenshot("report-operation");
        }

        // An account manager reads their own customer's, and no one else's.
        assertThat(accountManager.get("/api/v1/availability/customers?period=2098-01&customer=" + customer)
                .status()).isEqualTo(200);
        assertThat(demoPerson("am002").get("/api/v1/availability/customers?period=2098-01&customer=" + customer)
                .status()).isEqualTo(400);
    }

    private void trap(TestSite site, String trapOid, int ifIndex, int operStatus) throws Exception {
        Process snmptrap = new ProcessBuilder("snmptrap", "-v", "2c", "-c", "public", "127.0.0.1:" + ports.udpPort(),
                "", trapOid, "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i", String.valueOf(ifIndex),
                "1.3.6.1.2.1.2.2.1.8." + ifIndex, "i", String.valueOf(operStatus), "1.3.6.1.6.3.18.1.3.0", "a",
                site.address).redirectErrorStream(true).start();
        assertThat(snmptrap.waitFor()).isZero();
    }

    /** Waits until the element's alarms are this many open and this many cleared. */
    private void awaitAlarms(String element, int open, int cleared) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            int[] states = new int[2];
            for (JsonNode alarm : admin().get("/tmf-api/alarmManagement/v4/alarm?networkElement=" + element)
                    .json()) {
                states[alarm.get("state").asText().equals("cleared") ? 1 : 0]++;
            }
            return states[0] == open && states[1] == cleared;
        });
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant());
    }

    private final List<Long> declared = new ArrayList<>();

    private long declare(Api accountManager, String circuit, String type) {
        Response created = accountManager.post(TICKETS, """
                {"description":"客户报障","severity":"major","ticketType":"%s","relatedEntity":[{"id":"%s",
                 "role":"affectedCircuit","@referredType":"Circuit"}]}""".formatted(type, circuit));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        declared.add(created.json().get("id").asLong());
        return created.json().get("id").asLong();
    }

    private static void move(Api who, long id, String body) {
        Response moved = who.patch(TICKETS + "/" + id, body);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private static void resolve(Api who, long id) {
        move(who, id, "{\"status\":\"resolved\",\"faultReason\":\"FIBER_CUT\",\"resolution\":\"熔接\"}");
    }

    /** The n-th ticket declared in this test (1: T1 …), by its number. */
    private String number(Api who, long nth) {
        return who.get(TICKETS + "/" + declared.get((int) nth - 1)).json().get("ticketNumber").asText();
    }

    private static long sum(JsonNode distribution, String bucket) {
        long sum = 0;
        for (JsonNode priority : distribution) {
            sum += priority.get(bucket).asLong();
        }
        return sum;
    }

    private static JsonNode find(JsonNode figures, String code) {
        for (JsonNode figure : figures) {
            if (figure.at("/definition/code").asText().equals(code)) {
                return figure;
            }
        }
        throw new AssertionError("no KPI " + code);
    }

    /** value, met, counted, state. */
    private static List<String> figure(JsonNode figures, String code) {
        JsonNode figure = find(figures, code);
        return List.of(figure.get("value").asText(), figure.get("met").asText(), figure.get("counted").asText(),
                figure.get("state").asText());
    }

    /** number:minutes late of each item. */
    private static List<String> late(JsonNode figures, String code) {
        List<String> items = new ArrayList<>();
        find(figures, code).get("items").forEach(item -> items.add(item.get("number").asText() + ":"
                + item.get("lateMinutes").asText()));
        return items;
    }
}
