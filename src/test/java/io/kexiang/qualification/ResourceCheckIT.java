package io.kexiang.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.FixedClock;
import io.kexiang.support.MutableClock;
import io.kexiang.support.Response;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A resource check (资源核查) from the TMF645 request to the answer, on the real engine with a clock the test moves:
 * two departments asked in parallel, one late (its warning at 80 % and its escalation at the deadline, by mail to a
 * real SMTP server), a check sent back once, the answer in TMF645 form, and a reservation that lapses.
 */
@FixedClock
@DirtiesContext
class ResourceCheckIT extends ApplicationIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String CHECKS = "/tmf-api/serviceQualificationManagement/v4/checkServiceQualification";
    private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final io.kexiang.support.SwaggerSchema TMF645 = io.kexiang.support.SwaggerSchema.load(
            "/specs/TMF645/TMF645-ServiceQualification-v4.0.1.swagger.json");

    private static final List<JsonNode> HUB_EVENTS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final com.sun.net.httpserver.HttpServer OSS;

    static {
        MAIL.start();
        try {
            OSS = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        OSS.createContext("/listener", exchange -> {
            HUB_EVENTS.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        OSS.start();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        properties.add("kexiang.outbox.deliver", () -> "true");
        properties.add("kexiang.outbox.poll", () -> "200ms");
        properties.add("kexiang.qualification.lapse-scan", () -> "200ms");
        properties.add("flowable.process.async.executor.default-timer-job-acquire-wait-time", () -> "200ms");
        properties.add("flowable.process.async.executor.default-async-job-acquire-wait-time", () -> "200ms");
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
        OSS.stop(0);
    }

    @Autowired
    MutableClock clock;

    private String operations;
    private String construction;
    private String constructionManager;
    private Api centre;

    @BeforeEach
    void people() {
        demoInventory();
        for (String department : new String[] {"运行维护部", "网络建设部"}) {
            admin().post("/api/v1/departments", "{\"name\":\"%s\"}".formatted(department)); // 409 when there
        }
        operations = staff("TECH_SPECIALIST", "运行维护部");
        construction = staff("TECH_SPECIALIST", "网络建设部");
        constructionManager = staff("DEPT_MANAGER", "网络建设部");
        centre = anonymous().as(staff("NOC_ENGINEER", null), PASSWORD);
        // Far from today: the suite's other applications, on the real clock, never see these timers fall due.
        clock.set(at(2099, 3, 2, 9, 0)); // a Monday
    }

    @Test
    void aCheckGoesThroughBothDepartmentsIsChasedWhenLateSentBackOnceAnsweredAndItsReservationLapses()
            throws Exception {
        Api requester = demoPerson("am001");
        Response listener = nms().post("/tmf-api/serviceQualificationManagement/v4/hub", """
                {"callback": "http://127.0.0.1:%d/listener", "query": "eventType=CheckServiceQualificationCreateEvent,\
                CheckServiceQualificationStateChangeEvent,CheckServiceQualificationAttributeValueChangeEvent"}"""
                .formatted(OSS.getAddress().getPort()));
        assertThat(listener.status()).as(listener.body()).isEqualTo(201);
        Response created = requester.post(CHECKS, """
                {"externalId": "GC-2099-17", "description": "天津港新增 MPLS-VPN 站点",
                 "expectedQualificationDate": "2099-03-09T18:00:00+08:00", "provideAlternative": true,
                 "relatedParty": [{"id": "TJ-C0001", "role": "customer", "@referredType": "Organization"}],
                 "serviceQualificationItem": [{"id": "1",
                   "expectedServiceAvailabilityDate": "2099-04-01T00:00:00+08:00",
                   "service": {"serviceType": "MPLS_VPN",
                     "serviceCharacteristic": [{"name": "bandwidth", "value": "20M"}],
                     "place": [{"role": "installationAddress", "name": "天津市滨海新区港航路 1 号"}]}}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode check = created.json();
        String href = created.headers().getLocation().toString();
        assertThat(check.get("state").asText()).isEqualTo("accepted");
        assertThat(check.get("href").asText()).isEqualTo(href);
        assertThat(check.get("number").asText()).startsWith("RC-20990302-");
        assertThat(TMF645.violationsWithStringIds("CheckServiceQualification", check)).isEmpty();

        // The centre refines it; both departments are asked at once, each with its own limit in working days.
        complete(centre, check, "细化核查需求", "{\"scope\": \"核查港航路机房至 PE 的接入资源，20M\"}");
        assertThat(requester.get(href).json().get("state").asText()).isEqualTo("inProgress");
        Api ops = anonymous().as(operations, PASSWORD);
        Api build = anonymous().as(construction, PASSWORD);
        JsonNode opsTask = task(ops, check, "运行维护部核查现有资源");
        JsonNode buildTask = task(build, check, "网络建设部核查建设需求");
        assertThat(Instant.parse(opsTask.get("due").asText())).isEqualTo(at(2099, 3, 4, 9, 0));
        assertThat(Instant.parse(buildTask.get("due").asText())).isEqualTo(at(2099, 3, 5, 9, 0));
        assertThat(buildTask.get("summary").asText()).contains("天津港", "MPLS_VPN 20M", "港航路");
        assertThat(task(centre, check, null)).as("not the centre's").isNull();

        complete(ops, check, "运行维护部核查现有资源", """
                {"operationsAvailable": true, "operationsAnswer": "港航路机房有空闲 GE 端口", "operationsResources": "PE-TJ-01 GE0/0/1"}""");

        // Construction is late: told at 80 % of its three working days (Wednesday 18:36), escalated at the deadline.
        clock.set(at(2099, 3, 4, 18, 30));
        assertThat(mailsTo(construction + "@example.com", "预警")).isEmpty();
        clock.set(at(2099, 3, 4, 18, 40));
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(construction + "@example.com", "预警").isEmpty());
        assertThat(mailsTo(operations + "@example.com", "预警")).as("operations answered in time").isEmpty();
        assertThat(task(build, check, "网络建设部核查建设需求").get("warned").asBoolean()).isTrue();
        clock.set(at(2099, 3, 5, 9, 1));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !mailsTo(constructionManager + "@example.com", "超时升级").isEmpty());
        // The flag is read back through the task list, which the mail may beat on a busy machine (a CI run did).
        await().atMost(Duration.ofSeconds(10))
                .until(() -> task(build, check, "网络建设部核查建设需求").get("escalated").asBoolean());

        complete(build, check, "网络建设部核查建设需求", """
                {"constructionNeeded": false, "constructionAnswer": "无需新建", "constructionReadyDate": "2099-03-10"}""");
        // Not enough: back to both departments with the reason.
        complete(centre, check, "评估核查结果", """
                {"result": "recheck", "conclusion": "请核实 20M 带宽在汇聚段是否足够"}""");
        complete(ops, check, "运行维护部核查现有资源", """
                {"operationsAvailable": true, "operationsAnswer": "汇聚段余量 300M，足够"}""");
        complete(build, check, "网络建设部核查建设需求", """
                {"constructionNeeded": false, "constructionAnswer": "无需新建"}""");
        complete(centre, check, "评估核查结果", """
                {"result": "qualified", "conclusion": "现有资源满足需求", "reservedResources": "PE-TJ-01 GE0/0/1",
                 "reservationDays": 3}""");

        JsonNode answered = requester.get(href).json();
        assertThat(answered.get("state").asText()).isEqualTo("done");
        assertThat(answered.get("qualificationResult").asText()).isEqualTo("qualified");
        assertThat(TMF645.violationsWithStringIds("CheckServiceQualification", answered)).isEmpty();
        JsonNode item = answered.get("serviceQualificationItem").get(0);
        assertThat(item.get("qualificationResult").asText()).isEqualTo("qualified");
        JsonNode reserved = item.get("service").get("supportingResource").get(0);
        assertThat(reserved.get("name").asText()).isEqualTo("PE-TJ-01 GE0/0/1");
        assertThat(reserved.get("reservationState").asText()).isEqualTo("reserved");
        // Three working days from Thursday 09:01: Tuesday 09:01.
        assertThat(Instant.parse(answered.get("expirationDate").asText())).isEqualTo(at(2099, 3, 10, 9, 1));
        assertThat(item.get("note").findValuesAsText("text")).contains("汇聚段余量 300M，足够", "无需新建");
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo("zhao.li@tj.example.com", "已答复").isEmpty());
        // The OSS listening on the TMF645 hub heard the check created, taken up and answered.
        await().atMost(Duration.ofSeconds(20)).until(() -> hubEvents(check, "CheckServiceQualificationStateChangeEvent")
                .stream().anyMatch(event -> event.at("/event/checkServiceQualification/state").asText()
                        .equals("done")));
        List<JsonNode> createEvents = hubEvents(check, "CheckServiceQualificationCreateEvent");
        assertThat(createEvents).hasSize(1);
        assertThat(TMF645.violationsWithStringIds("CheckServiceQualification",
                createEvents.get(0).at("/event/checkServiceQualification"))).isEmpty();

        // The ledger (资源核查台帐): the line, the working days it took, in time against the requester's date.
        JsonNode ledger = centre.get("/api/v1/ledgers/resource-checks?from=2099-03-01&to=2099-03-31").json();
        JsonNode line = null;
        for (JsonNode candidate : ledger.get("lines")) {
            if (candidate.get("number").asText().equals(check.get("number").asText())) {
                line = candidate;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("result").asText()).isEqualTo("qualified");
        assertThat(line.get("rechecks").asInt()).isEqualTo(1);
        assertThat(line.get("workingDays").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(line.get("onTime").asBoolean()).isTrue();
        byte[] workbook = centre.download("/api/v1/ledgers/resource-checks.xlsx?from=2099-03-01&to=2099-03-31");
        try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            var sheet = excel.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("资源核查台帐");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单号");
            List<String> numbers = new ArrayList<>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                numbers.add(sheet.getRow(row).getCell(0).getStringCellValue());
                if (numbers.get(numbers.size() - 1).equals(check.get("number").asText())) {
                    // the codes in words, as the sheet's headings are (状态, 核查结论)
                    assertThat(sheet.getRow(row).getCell(8).getStringCellValue()).isEqualTo("已答复");
                    assertThat(sheet.getRow(row).getCell(9).getStringCellValue()).isEqualTo("具备条件");
                }
            }
            assertThat(numbers).contains(check.get("number").asText());
        }
        assertThat(centre.get("/api/v1/ledgers/resource-checks?from=2099-03-31&to=2099-03-01").status())
                .isEqualTo(400);

        // 流程统计: construction was late once of twice; operations never. 已归档: the check, answered.
        JsonNode statistics = centre.get("/api/v1/work/statistics?from=2099-03-01&to=2099-03-31").json();
        assertThat(figures(statistics, "网络建设部核查建设需求")).containsExactly("网络建设部", "2099-03", "2", "1");
        assertThat(figures(statistics, "运行维护部核查现有资源")).containsExactly("运行维护部", "2099-03", "2", "2");
        JsonNode archived = centre.get("/api/v1/work/archive?process=resource-check&q="
                + check.get("number").asText()).json();
        assertThat(archived).hasSize(1);
        assertThat(archived.get(0).get("outcome").asText()).isEqualTo("answered");

        clock.set(at(2099, 3, 10, 9, 2));
        await().atMost(Duration.ofSeconds(20)).until(() -> requester.get(href).json().get("serviceQualificationItem")
                .get(0).get("service").get("supportingResource").get(0).get("reservationState").asText()
                .equals("lapsed"));
        assertThat(requester.get(href).json().has("expirationDate")).isFalse();
        await().atMost(Duration.ofSeconds(20)).until(() -> hubEvents(check,
                "CheckServiceQualificationAttributeValueChangeEvent").stream().anyMatch(event -> event.at(
                        "/event/checkServiceQualification/serviceQualificationItem/0/service/supportingResource/0"
                                + "/reservationState").asText().equals("lapsed")));
        assertThat(nms().delete("/tmf-api/serviceQualificationManagement/v4/hub/" + listener.json().get("id")
                .asText()).status()).isEqualTo(204);
    }

    private static List<JsonNode> hubEvents(JsonNode check, String type) {
        return HUB_EVENTS.stream().filter(event -> event.get("eventType").asText().equals(type)
                && event.at("/event/checkServiceQualification/id").asText().equals(check.get("id").asText()))
                .toList();
    }

    @Test
    void aBadRequestIsRefusedFieldByFieldAndNothingIsStarted() {
        long before = admin().get(CHECKS + "?limit=1").headers().getFirst("X-Total-Count") == null ? 0
                : Long.parseLong(admin().get(CHECKS + "?limit=1").headers().getFirst("X-Total-Count"));
        Response refused = centre.post(CHECKS, """
                {"instantSyncQualification": true,
                 "relatedParty": [{"id": "NO-SUCH", "role": "customer", "@referredType": "Organization"}],
                 "serviceQualificationItem": [{"service": {"serviceType": "SDH", "place": []},
                   "expectedServiceAvailabilityDate": "next week"}]}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "instantSyncQualification", "serviceQualificationItem[0].service.serviceType",
                "serviceQualificationItem[0].service.place",
                "serviceQualificationItem[0].expectedServiceAvailabilityDate");

        Response unknown = centre.post(CHECKS, request("NO-SUCH"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("relatedParty");
        // An account manager asks for their own customers only (TJ-C0003 is am002's).
        assertThat(demoPerson("am001").post(CHECKS, request("TJ-C0003")).status()).isEqualTo(400);
        assertThat(Long.parseLong(admin().get(CHECKS + "?limit=1").headers().getFirst("X-Total-Count")))
                .isEqualTo(before);
    }

    @Test
    void anAccountManagerReadsOnlyTheirCustomersChecks() {
        Response theirs = demoPerson("am002").post(CHECKS, request("TJ-C0003"));
        assertThat(theirs.status()).isEqualTo(201);
        String href = theirs.headers().getLocation().toString();

        assertThat(demoPerson("am001").get(href).status()).isEqualTo(404);
        assertThat(demoPerson("am001").get(CHECKS).json().findValuesAsText("href")).doesNotContain(href);
        assertThat(centre.get(href + "?fields=state").json().fieldNames()).toIterable()
                .containsExactlyInAnyOrder("id", "href", "state");
    }

    private static List<String> figures(JsonNode statistics, String step) {
        for (JsonNode line : statistics) {
            if (line.get("step").asText().equals(step)) {
                return List.of(line.get("department").asText(), line.get("month").asText(),
                        line.get("done").asText(), line.get("onTime").asText());
            }
        }
        return List.of();
    }

    private static String request(String customer) {
        return """
                {"relatedParty": [{"id": "%s", "role": "customer", "@referredType": "Organization"}],
                 "serviceQualificationItem": [{"service": {"serviceType": "DDN",
                   "place": [{"role": "installationAddress", "name": "天津市和平区南京路 100 号"}]}}]}"""
                .formatted(customer);
    }

    private static JsonNode task(Api person, JsonNode check, String step) {
        return task(person, check.get("number").asText(), step);
    }

    private static void complete(Api person, JsonNode check, String step, String values) {
        complete(person, check.get("number").asText(), step, values);
    }

    private static List<MimeMessage> mailsTo(String address, String subjectPart) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            if (to != null && List.of(to).stream().anyMatch(a -> a.toString().contains(address))
                    && message.getSubject() != null && message.getSubject().contains(subjectPart)) {
                found.add(message);
            }
        }
        return found;
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }
}
