package io.kexiang.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.kexiang.ingest.TrapPorts;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import io.kexiang.support.SwaggerSchema;
import io.kexiang.support.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A circuit order (调单) from the dispatch's TMF641 serviceOrder through every step, a joint review, an audit that
 * refuses the completion form once, 报竣 to the group dispatch system (a stub HTTP server) through the outbox's
 * route, the circuit in the inventory, and a real trap on it linked to its customer.
 */
@DirtiesContext
class CircuitOrderIT extends ApplicationIT {

    private static final String ORDERS = "/tmf-api/serviceOrdering/v4/serviceOrder";
    private static final SwaggerSchema TMF641 = SwaggerSchema.load(
            "/specs/TMF641/TMF641-ServiceOrdering-v4.1.0.swagger.json");
    private static final List<String> DISPATCH = new CopyOnWriteArrayList<>();
    private static final List<String> HUB_LISTENER = new CopyOnWriteArrayList<>();
    private static final HttpServer DISPATCH_SYSTEM;

    static {
        try {
            DISPATCH_SYSTEM = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DISPATCH_SYSTEM.createContext("/listener", exchange -> {
            DISPATCH.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        DISPATCH_SYSTEM.createContext("/hub-listener", exchange -> {
            HUB_LISTENER.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        DISPATCH_SYSTEM.start();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("kexiang.ordering.completion-url", () -> "http://127.0.0.1:"
                + DISPATCH_SYSTEM.getAddress().getPort() + "/listener");
        properties.add("kexiang.outbox.deliver", () -> "true");
        properties.add("kexiang.outbox.poll", () -> "200ms");
        properties.add("kexiang.process.attachment-max-size", () -> "64KB");
    }

    @AfterAll
    static void stop() {
        DISPATCH_SYSTEM.stop(0);
    }

    @Autowired
    TrapPorts ports;

    @Test
    void anOrderGoesThroughEveryStepIsReportedCompleteAndItsCircuitCarriesTraps() throws Exception {
        demoInventory();
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("AA");
        String circuit = "DDN-SO-" + site.element;
        String branch = unique("测试分公司");
        Api centre = anonymous().as(staff("NOC_ENGINEER", null), PASSWORD);
        Api reviewer = anonymous().as(staff("TECH_SPECIALIST", "运行维护部"), PASSWORD);
        Api engineer = anonymous().as(staff("TECH_SPECIALIST", branch), PASSWORD);
        Response listener = nms().post("/tmf-api/serviceOrdering/v4/hub", """
                {"callback": "http://127.0.0.1:%d/hub-listener"}""".formatted(DISPATCH_SYSTEM.getAddress().getPort()));
        assertThat(listener.status()).as(listener.body()).isEqualTo(201);

        Response placed = nms().post(ORDERS, order(customer, circuit, site.element, branch, "DDN"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonNode order = placed.json();
        String href = placed.headers().getLocation().toString();
        assertThat(order.get("state").asText()).isEqualTo("inProgress");
        assertThat(order.get("milestone").findValuesAsText("name")).containsExactly("受理调单");
        assertThat(TMF641.violationsWithStringIds("ServiceOrder", order)).isEmpty();
        assertThat(admin().get("/api/v1/circuits/" + circuit).status()).as("not in service before 报竣")
                .isEqualTo(404);

        complete(centre, order, "受理调单", "{\"complex\": true, \"acceptRemark\": \"跨汇聚节点，需会审\"}");
        complete(reviewer, order, "会审", "{\"reviewResult\": \"agree\", \"reviewOpinion\": \"同意\"}");
        assertThat(task(centre, order, "数据制作")).as("the branch's, not the centre's").isNull();
        assertThat(task(engineer, order, "数据制作").get("approval").asBoolean()).as("not an approval").isFalse();
        complete(engineer, order, "数据制作", "{\"configNote\": \"时隙 1-31 已配置\"}");
        complete(engineer, order, "开通", "{\"openingNote\": \"已开通\"}");
        complete(engineer, order, "测试", "{\"testResult\": \"pass\", \"testNote\": \"24 小时误码测试通过\"}");

        // The completion form needs its test report: refused without one, or with a file that is not one.
        JsonNode completion = task(engineer, order, "提交竣工单（附测试报告）");
        String completionTask = "/api/v1/tasks/" + completion.get("id").asText();
        Response bare = engineer.post(completionTask + "/complete", "{\"completionNote\": \"竣工\"}");
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.json().get("errors").get(0).get("field").asText()).isEqualTo("attachment");
        assertThat(engineer.postFile(completionTask + "/attachments", "report.exe", pdf(100)).status())
                .isEqualTo(400);
        assertThat(engineer.postFile(completionTask + "/attachments", "report.pdf", "MZ not a pdf".getBytes())
                .status()).isEqualTo(400);
        assertThat(engineer.postFile(completionTask + "/attachments", "report.pdf", pdf(70_000)).status())
                .isEqualTo(400);
        assertThat(task(engineer, order, "提交竣工单（附测试报告）").get("attachments")).isEmpty();
        Response attached = engineer.postFile(completionTask + "/attachments", "测试报告.pdf", pdf(2_000));
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        assertThat(centre.download("/api/v1/attachments/" + attached.json().get("id").asText())).hasSize(2_000);
        complete(engineer, order, "提交竣工单（附测试报告）", "{\"completionNote\": \"竣工\"}");

        // The audit is an approval (待审批); the branch's steps are not.
        assertThat(task(centre, order, "审核竣工").get("approval").asBoolean()).isTrue();
        // Refused once at audit: back to the branch with the reason, then accepted.
        complete(centre, order, "审核竣工", "{\"auditResult\": \"refused\", \"auditOpinion\": \"缺少误码测试截图\"}");
        JsonNode again = task(engineer, order, "提交竣工单（附测试报告）");
        engineer.postFile("/api/v1/tasks/" + again.get("id").asText() + "/attachments", "测试报告-2.pdf", pdf(3_000));
        complete(engineer, order, "提交竣工单（附测试报告）", "{\"completionNote\": \"已补充截图\"}");
        complete(centre, order, "审核竣工", "{\"auditResult\": \"accepted\", \"auditOpinion\": \"符合要求\"}");

        JsonNode done = admin().get(href).json();
        assertThat(done.get("state").asText()).isEqualTo("completed");
        assertThat(done.has("completionDate")).isTrue();
        assertThat(done.get("serviceOrderItem").get(0).get("state").asText()).isEqualTo("completed");
        assertThat(TMF641.violationsWithStringIds("ServiceOrder", done)).isEmpty();
        JsonNode inService = admin().get("/api/v1/circuits/" + circuit).json();
        assertThat(inService.get("status").asText()).isEqualTo("IN_SERVICE");
        await().atMost(Duration.ofSeconds(20)).until(() -> DISPATCH.stream().anyMatch(event ->
                event.contains("ServiceOrderStateChangeEvent") && event.contains("\"completed\"")
                        && event.contains("\"" + order.get("id").asText() + "\"")));

        // The OSS that registered on the TMF641 hub heard the order's creation and its completion.
        await().atMost(Duration.ofSeconds(20)).until(() -> hubEvents(order, "ServiceOrderStateChangeEvent").stream()
                .anyMatch(event -> event.at("/event/serviceOrder/state").asText().equals("completed")));
        List<JsonNode> created = hubEvents(order, "ServiceOrderCreateEvent");
        assertThat(created).hasSize(1);
        assertThat(TMF641.violationsWithStringIds("ServiceOrder", created.get(0).at("/event/serviceOrder")))
                .isEmpty();
        assertThat(nms().delete("/tmf-api/serviceOrdering/v4/hub/" + listener.json().get("id").asText()).status())
                .isEqualTo(204);

        // The case, step by step: each completion form keeps what it said (the second did not overwrite the first),
        // under the form's labels; the end as the BPMN names it; both reports. Not for a stranger to the case.
        String number = order.get("number").asText();
        JsonNode trail = centre.get("/api/v1/work/cases/" + number).json();
        assertThat(trail.get("outcome").asText()).isEqualTo("completed");
        assertThat(trail.get("outcomeName").asText()).isEqualTo("已报竣");
        List<String> completionNotes = new java.util.ArrayList<>();
        List<String> audits = new java.util.ArrayList<>();
        for (JsonNode step : trail.get("steps")) {
            for (JsonNode entry : step.get("recorded")) {
                if (entry.get("label").asText().equals("竣工说明")) {
                    completionNotes.add(entry.get("value").asText());
                }
                if (entry.get("field").asText().equals("auditResult")) {
                    audits.add(entry.get("label").asText() + "=" + entry.get("value").asText());
                }
            }
        }
        assertThat(completionNotes).containsExactly("竣工", "已补充截图");
        assertThat(audits).containsExactly("审核结论=不符合要求，退回", "审核结论=符合要求，报竣");
        assertThat(trail.get("steps").findValuesAsText("outcome")).containsOnly("completed");
        assertThat(trail.get("files").findValuesAsText("name")).containsExactly("测试报告.pdf", "测试报告-2.pdf");
        assertThat(engineer.get("/api/v1/work/cases/" + number).status()).as("who did a step").isEqualTo(200);
        assertThat(demoPerson("am001").get("/api/v1/work/cases/" + number).status()).isEqualTo(404);

        // The circuit-opening ledger (电路开通台帐), as JSON and Excel.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String period = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        JsonNode line = null;
        for (JsonNode candidate : centre.get("/api/v1/ledgers/circuit-orders" + period).json().get("lines")) {
            if (candidate.get("number").asText().equals(order.get("number").asText())) {
                line = candidate;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("state").asText()).isEqualTo("completed");
        assertThat(line.get("circuits").asText()).isEqualTo(circuit);
        assertThat(line.get("onTime").asBoolean()).isTrue();
        try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                centre.download("/api/v1/ledgers/circuit-orders.xlsx" + period)))) {
            assertThat(excel.getSheetAt(0).getSheetName()).isEqualTo("电路开通台帐");
            assertThat(excel.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("单号");
            boolean found = false;
            for (var row : excel.getSheetAt(0)) {
                if (row.getCell(0).getStringCellValue().equals(order.get("number").asText())) {
                    found = true; // the codes in words: 类别, 状态
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("省内");
                    assertThat(row.getCell(8).getStringCellValue()).isEqualTo("已报竣");
                }
            }
            assertThat(found).isTrue();
        }

        // The first trap on the new circuit finds its customer.
        Process snmptrap = new ProcessBuilder("snmptrap", "-v", "2c", "-c", "public", "127.0.0.1:" + ports.udpPort(),
                "", "1.3.6.1.6.3.1.1.5.3", "1.3.6.1.2.1.2.2.1.1.5", "i", "5", "1.3.6.1.2.1.2.2.1.8.5", "i", "2",
                "1.3.6.1.6.3.18.1.3.0", "a", site.address).redirectErrorStream(true).start();
        assertThat(snmptrap.waitFor()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode alarms = admin().get("/tmf-api/alarmManagement/v4/alarm?networkElement=" + site.element).json();
            return alarms.size() == 1 && alarms.get(0).get("affectedService").findValuesAsText("id").contains(circuit)
                    && alarms.get(0).toString().contains(customer);
        });
    }

    @Test
    void aBadOrderIsRefusedFieldByFieldAndNothingIsKept() {
        demoInventory();
        long before = total();
        Response refused = nms().post(ORDERS, """
                {"category": "elsewhere",
                 "relatedParty": [{"id": "TJ-C0001", "role": "customer", "@referredType": "Organization"}],
                 "serviceOrderItem": [{"id": "1", "action": "replace", "service": {"serviceType": "SDH"}}]}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).contains("category",
                "serviceOrderItem[0].action", "serviceOrderItem[0].service.id",
                "serviceOrderItem[0].service.serviceType");

        Response unknown = nms().post(ORDERS, order("NO-SUCH", "DDN-X1", "NO-NE", "分公司", "DDN"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsText("field")).containsExactly("relatedParty");

        Response badCircuit = nms().post(ORDERS, order("TJ-C0001", "DDN-X2", "NO-SUCH-NE", "分公司", "DDN"));
        assertThat(badCircuit.status()).isEqualTo(400);
        assertThat(badCircuit.json().get("errors").findValuesAsText("field"))
                .allMatch(field -> field.startsWith("serviceOrderItem[0].service."));
        assertThat(total()).isEqualTo(before);
        assertThat(demoPerson("am001").post(ORDERS, order("TJ-C0001", "DDN-X3", "NO-NE", "分公司", "DDN")).status())
                .isEqualTo(403);
    }

    @Test
    void aCancelledOrderEndsItsProcessAndCannotBeCancelledTwice() {
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("A");
        Response placed = nms().post(ORDERS, order(customer, "DDN-C-" + site.element, site.element, "分公司", "DDN"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String id = placed.json().get("id").asText();
        String cancel = """
                {"serviceOrder": {"id": "%s"}, "cancellationReason": "客户取消"}""".formatted(id);

        Response cancelled = nms().post("/tmf-api/serviceOrdering/v4/cancelServiceOrder", cancel);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(201);
        assertThat(cancelled.json().get("state").asText()).isEqualTo("done");
        JsonNode order = admin().get(ORDERS + "/" + id).json();
        assertThat(order.get("state").asText()).isEqualTo("cancelled");
        assertThat(order.get("cancellationReason").asText()).isEqualTo("客户取消");
        assertThat(order.has("milestone")).isFalse();
        assertThat(nms().post("/tmf-api/serviceOrdering/v4/cancelServiceOrder", cancel).status()).isEqualTo(409);

        JsonNode kept = admin().get("/tmf-api/serviceOrdering/v4/cancelServiceOrder/" + id).json();
        assertThat(kept.get("cancellationReason").asText()).isEqualTo("客户取消");
        assertThat(Instant.parse(kept.get("effectiveCancellationDate").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(TMF641.violationsWithStringIds("CancelServiceOrder", kept)).isEmpty();
        Response running = nms().post(ORDERS, order(customer, "DDN-D-" + site.element, site.element, "分公司", "DDN"));
        assertThat(admin().get("/tmf-api/serviceOrdering/v4/cancelServiceOrder/" + running.json().get("id").asText())
                .status()).as("an order that runs has no cancellation").isEqualTo(404);
    }

    private static List<JsonNode> hubEvents(JsonNode order, String type) {
        return HUB_LISTENER.stream().map(body -> {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(event -> event.get("eventType").asText().equals(type)
                && event.at("/event/serviceOrder/id").asText().equals(order.get("id").asText())).toList();
    }

    private long total() {
        return Long.parseLong(admin().get(ORDERS + "?limit=1").headers().getFirst("X-Total-Count"));
    }

    private static String order(String customer, String circuit, String element, String branch, String type) {
        return """
                {"externalId": "DISPATCH-%s", "description": "新开 DDN 专线", "category": "intraProvince",
                 "priority": "1",
                 "relatedParty": [{"id": "%s", "role": "customer", "@referredType": "Organization"},
                                  {"id": "BR", "name": "%s", "role": "branchOffice", "@referredType": "Organization"}],
                 "serviceOrderItem": [{"id": "1", "action": "add", "service": {"id": "%s", "serviceType": "%s",
                   "serviceCharacteristic": [{"name": "bandwidthKbps", "value": "2048"},
                     {"name": "aEnd.ne", "value": "%s"}, {"name": "aEnd.ifIndex", "value": "5"},
                     {"name": "e1Line", "value": "E1-0/5"}, {"name": "timeslots", "value": "1-31"}]}}]}"""
                .formatted(circuit, customer, branch, circuit, type, element);
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private static JsonNode task(Api person, JsonNode order, String step) {
        return task(person, order.get("number").asText(), step);
    }

    private static void complete(Api person, JsonNode order, String step, String values) {
        complete(person, order.get("number").asText(), step, values);
    }
}
