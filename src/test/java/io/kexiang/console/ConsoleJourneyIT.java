package io.kexiang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kexiang.ingest.TrapPorts;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Browser;
import io.kexiang.support.TestSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The console in a real browser: what a person signs in to and does, in Chinese. */
class ConsoleJourneyIT extends ApplicationIT {

    @Autowired
    TrapPorts ports;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void aPersonSignsInIsRefusedAForgedPostAndSignsOut() throws Exception {
        String engineer = newPerson("\"NOC_ENGINEER\"");
        try (Browser browser = Browser.open(port)) {
            browser.go("/alarms");
            assertThat(browser.path()).as("a page asks who you are first").startsWith("/login");
            assertThat(browser.find("#sign-in").getText()).isEqualTo("登录");
            browser.screenshot("sign-in");

            browser.signIn(engineer, "wrong-password-1");
            assertThat(browser.await("#sign-in-error", Duration.ofSeconds(5)).getText()).contains("用户名或密码不正确");

            browser.signIn(engineer, PASSWORD);
            assertThat(browser.await("#board", Duration.ofSeconds(10)).isDisplayed()).isTrue();
            assertThat(browser.driver().getTitle()).contains("实时告警");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");

            // Another site's page posting with the signed-in user's cookie has no CSRF token: refused.
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/alarms/actions"))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("action=clear&ids=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(403);

            browser.submit("#sign-out");
            assertThat(browser.await("#signed-out", Duration.ofSeconds(5)).getText()).contains("已退出");
            browser.go("/alarms");
            assertThat(browser.path()).as("signed out for good").startsWith("/login");

            // A link from a notice (a ticket's page) asks who you are, then opens what the link named.
            browser.go("/tickets?status=resolved");
            assertThat(browser.path()).startsWith("/login");
            browser.find("#username").sendKeys(engineer);
            browser.find("#password").sendKeys(PASSWORD);
            browser.submit("#sign-in");
            assertThat(browser.path()).startsWith("/tickets?status=resolved");
        }
    }

    @Test
    void theLanguageIsChineseByDefaultAndEnglishOnRequestAndStaysChosen() {
        String engineer = newPerson("\"NOC_ENGINEER\"");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(engineer, PASSWORD).await("#board", Duration.ofSeconds(10));
            browser.go("/alarms?lang=en");
            assertThat(browser.driver().getTitle()).contains("Alarm board");
            browser.go("/alarms");
            assertThat(browser.find("#ack-selected").getText()).isEqualTo("Acknowledge");
            browser.go("/alarms?lang=zh-CN");
            assertThat(browser.find("#ack-selected").getText()).isEqualTo("确认");
        }
    }

    @Test
    void aNocEngineerSeesARealTrapArriveOnTheOpenBoardWithoutAReloadAndAcknowledgesIt() throws Exception {
        demoInventory();
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("AAA");
        String circuit = "DDN-" + site.element;
        site.circuits(site.ddn(circuit, customer, 5, "E1-0/5"));
        String engineer = newPerson("\"NOC_ENGINEER\"");

        try (Browser browser = Browser.open(port)) {
            browser.signIn(engineer, PASSWORD).await("#board", Duration.ofSeconds(10));
            browser.go("/alarms?networkElement=" + site.element);
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.find("body").getAttribute("class")
                    .contains("live"));
            browser.script("window.kexiangBoardLoaded = 'the same page';");

            linkDown(site);
            String[] id = new String[1];
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                var alarms = admin().get("/tmf-api/alarmManagement/v4/alarm?networkElement=" + site.element).json();
                id[0] = alarms.size() == 1 ? alarms.get(0).get("id").asText() : null;
                return id[0] != null;
            });

            // Committed: on the open board within 2 s, on the same page (no reload).
            WebElement row = browser.await("#alarm-" + id[0], Duration.ofSeconds(2));
            assertThat(browser.script("return window.kexiangBoardLoaded;")).isEqualTo("the same page");
            // A fault on an AAA customer's circuit is critical, and cannot be missed until someone takes it.
            assertThat(row.getText()).contains("严重", site.element, circuit, "AAA", "信号丢失");
            assertThat(row.getAttribute("class")).contains("urgent");
            assertThat(browser.find("#urgent-banner").getText()).startsWith("AAA 客户未确认的严重告警");
            browser.screenshot("alarm-board");

            // The fault again: a repeat raises no event, yet the count on the open board follows within 2 s.
            linkDown(site);
            await().atMost(Duration.ofSeconds(4)).ignoreExceptions().until(() -> browser.find("#alarm-" + id[0]
                    + " td.num").getText().equals("2"));
            // Repeats alone: the board reads the rows they moved by id, not its page (but every fifth round).
            double byId = meters.counter("kexiang.console.board.reads", "read", "by-id").count();
            for (int repeat = 3; repeat <= 4; repeat++) {
                Thread.sleep(1_100);
                linkDown(site);
                String count = String.valueOf(repeat);
                await().atMost(Duration.ofSeconds(4)).ignoreExceptions().until(() -> browser.find("#alarm-" + id[0]
                        + " td.num").getText().equals(count));
            }
            assertThat(meters.counter("kexiang.console.board.reads", "read", "by-id").count()).isGreaterThan(byId);

            // The stream may replace the row under the pointer: find its box afresh until it is ticked.
            await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> {
                WebElement box = browser.find("#alarm-" + id[0] + " input[name=ids]");
                if (!box.isSelected()) {
                    box.click();
                }
                return browser.find("#alarm-" + id[0] + " input[name=ids]").isSelected();
            });
            browser.find("#ack-selected").click();
            // The row is replaced (the action's answer, then the stream's push): read it afresh until it says so.
            await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> browser.find("#alarm-" + id[0])
                    .getText().contains("已确认"));
            assertThat(admin().get("/tmf-api/alarmManagement/v4/alarm/" + id[0]).json().get("ackState").asText())
                    .isEqualTo("acknowledged");

            // The alarm's page: who it hits, the raw event it came from (decoded), what was done to it.
            browser.go("/alarms/" + id[0]);
            assertThat(browser.find("#alarm-state").getText()).isEqualTo("未清除");
            assertThat(browser.find(".facts").getText()).contains(circuit, "AAA", "已确认");
            assertThat(browser.find("#alarm-events").getText()).contains("收到时间", "IF-MIB::linkDown", "127.0.0.1");
            // X.733's probable cause in words, its code beside them; the circuit links to its page.
            assertThat(browser.find("#alarm-cause").getText()).isEqualTo("信号丢失 lossOfSignal");
            assertThat(browser.find(".facts a[href='/inventory/circuits/" + circuit + "']").getText())
                    .isEqualTo(circuit);
            // Its journal in words, not the stored codes and JSON.
            assertThat(browser.find("#alarm-journal").getText()).contains("产生", "已确认", "电路数：1")
                    .doesNotContain("raised", "{");
            browser.screenshot("alarm");
            // One of its raw events, decoded: every varbind by name, OID, type and value; the bytes as received.
            browser.submit("#alarm-events a");
            assertThat(browser.find("#varbinds").getText()).contains("IF-MIB::ifOperStatus.5",
                    "1.3.6.1.2.1.2.2.1.8.5", "Integer32", "down(2)");
            assertThat(browser.find(".facts").getText()).contains("IF-MIB::linkDown", "127.0.0.1", "已接受",
                    site.element);
            assertThat(browser.find("#normalised").getText()).contains("lossOfSignal", "端口中断 link down");
            assertThat(browser.find("#raw-hex").getText()).matches("30( [0-9a-f]{2})+(\\s[0-9a-f]{2}( [0-9a-f]{2})*)*");
            browser.screenshot("raw-event");
            browser.go("/ingest/events/987654321");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("error-404"))).hasSize(1);

            // The element from the board's row: what it carries, and the alarm open on it.
            browser.go("/alarms?networkElement=" + site.element);
            browser.submit("#alarm-" + id[0] + " a[href^='/inventory/elements/']");
            assertThat(browser.find("#element-name").getText()).isEqualTo(site.element);
            assertThat(browser.find("#terminations").getText()).contains(circuit, "ifIndex 5", "AAA", "在网")
                    .doesNotContain("IN_SERVICE");
            assertThat(browser.find(".facts").getText()).contains("在用").doesNotContain("ACTIVE");
            assertThat(browser.find("#alarm-" + id[0]).getText()).contains("严重");
            browser.screenshot("element");
            browser.go("/inventory/elements?q=" + site.element);
            assertThat(browser.find("#element-" + site.element).getText()).contains(site.element, "DDN 节点");

            // The fault's ticket opens after the hold-off; the engineer works it from its queue to the return visit.
            String[] ticket = new String[1];
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                var tickets = admin().get("/tmf-api/troubleTicket/v4/troubleTicket?alarm=" + id[0]).json();
                ticket[0] = tickets.size() == 1 ? tickets.get(0).get("id").asText() : null;
                return ticket[0] != null;
            });
            browser.go("/tickets?status=acknowledged");
            assertThat(browser.find("#ticket-" + ticket[0]).getText()).contains("紧急");
            browser.screenshot("tickets");
            browser.submit("#ticket-" + ticket[0] + " a");
            assertThat(browser.find("#ticket-status").getText()).isEqualTo("已受理");
            browser.submit("#start");
            assertThat(browser.find("#ticket-status").getText()).isEqualTo("处理中");
            browser.find("#hold-reason").sendKeys("等待客户开门");
            browser.submit("#hold");
            assertThat(browser.find("#ticket-status").getText()).isEqualTo("挂起");
            browser.submit("#start");
            assertThat(browser.find("#ticket-status").getText()).isEqualTo("处理中");

            // Restored while its alarm is still raised: refused, and the page says why.
            new org.openqa.selenium.support.ui.Select(browser.find("#fault-reason")).selectByIndex(1);
            browser.find("#resolution").sendKeys("更换 E1 线缆");
            browser.submit("#resolve");
            assertThat(browser.find("#refused").getText()).contains(id[0]);
            assertThat(browser.find("#ticket-status").getText()).isEqualTo("处理中");

            Process linkUp = new ProcessBuilder("snmptrap", "-v", "2c", "-c", "public",
                    "127.0.0.1:" + ports.udpPort(), "", "1.3.6.1.6.3.1.1.5.4", "1.3.6.1.2.1.2.2.1.1.5", "i", "5",
                    "1.3.6.1.2.1.2.2.1.8.5", "i", "1", "1.3.6.1.6.3.18.1.3.0", "a", site.address)
                    .redirectErrorStream(true).start();
            assertThat(linkUp.waitFor()).isZero();
            await().atMost(Duration.ofSeconds(20)).until(() -> admin().get("/tmf-api/alarmManagement/v4/alarm/"
                    + id[0]).json().get("state").asText().equals("cleared"));
            new org.openqa.selenium.support.ui.Select(browser.find("#fault-reason")).selectByIndex(1);
            browser.find("#resolution").sendKeys("更换 E1 线缆");
            browser.submit("#resolve");
            assertThat(browser.find("#ticket-status").getText()).isEqualTo("已修复");
            browser.screenshot("ticket");
            browser.submit("#return-visit");
            assertThat(browser.find("#ticket-status").getText()).isEqualTo("已关闭");
            assertThat(browser.find("#journal").getText()).contains("回访", "满意", "已受理 → 处理中",
                    "处理中 → 挂起；原因：等待客户开门", "告警清除", "告警：" + id[0], "建单", "电路：" + circuit, "系统")
                    .doesNotContain("returnVisit", "{", "inProgress", "kexiang");
            assertThat(browser.find(".facts").getText()).contains("告警 " + id[0], circuit).doesNotContain("(Circuit)");
            assertThat(admin().get("/tmf-api/troubleTicket/v4/troubleTicket/" + ticket[0]).json().get("status")
                    .asText()).isEqualTo("closed");
            assertThat(browser.find("#report-pdf").getAttribute("href")).endsWith("/tickets/" + ticket[0]
                    + "/report.pdf");
            browser.submit("#report-html");
            assertThat(browser.find("body").getText()).contains("故障报告", circuit);

            // The circuit's story: its alarm, cleared now, and its ticket, closed.
            browser.go("/inventory/circuits/" + circuit);
            assertThat(browser.find("#circuit-alarms").getText()).contains(site.element);
            assertThat(browser.find("#circuit-tickets").getText()).contains("已关闭");

            // The wall: the board alone, large, for the NOC's screen; and ingest's health with the trap in it.
            browser.go("/alarms?wall=1");
            assertThat(browser.find("body").getAttribute("class")).contains("wall");
            assertThat(browser.find(".topbar").isDisplayed()).isFalse();
            // An interface description without a space, as some NMSs fill ifDescr with the circuit's whole name:
            // the page still fits the desktop's width (screenshot() fails a page that scrolls sideways).
            String longName = "Serial1_0_0_0."
                    + "TJ_DDN_000123_TIANJIN_GROUP_CO_LTD_BEIJING_BRANCH_2M_E1_TS1_31.".repeat(4);
            linkUp(site, 99, longName);
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.go("/ingest")
                    .find("#latest-events").getText().contains(longName));
            assertThat(browser.find("#latest-events").getText()).contains("IF-MIB::linkUp");
            assertThat(browser.find("#ingest-counts").getText()).contains("udp / 已接受", "丢弃：事件队列满");
            assertThat(browser.find("#latest-events").getText()).contains("已接受").doesNotContain("ACCEPTED");
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.driver().findElements(
                    org.openqa.selenium.By.cssSelector("#rate-chart canvas")).isEmpty());
            // The rate chart's times are the centre's (Asia/Shanghai), on a 24-hour clock like the rest of the page,
            // whatever the browser's own zone and language (this one's is the machine's, UTC).
            String chartTime = await().atMost(Duration.ofSeconds(10)).until(() -> (String) browser.script("""
                    const times = echarts.getInstanceByDom(document.getElementById('rate-chart'))
                        .getOption().xAxis[0].data;
                    return times && times.length ? times[times.length - 1] : null;"""), time -> time != null);
            assertThat(chartTime).matches("\\d{2}:\\d{2}:\\d{2}");
            long offBy = Duration.between(LocalTime.parse(chartTime), LocalTime.now(ZoneId.of("Asia/Shanghai")))
                    .abs().toSeconds();
            assertThat(Math.min(offBy, 86_400 - offBy)).as("the chart's %s against Shanghai's time", chartTime)
                    .isLessThan(60);
            browser.screenshot("ingest");
        }
    }

    private void linkDown(TestSite site) throws Exception {
        Process snmptrap = new ProcessBuilder("snmptrap", "-v", "2c", "-c", "public",
                "127.0.0.1:" + ports.udpPort(), "", "1.3.6.1.6.3.1.1.5.3", "1.3.6.1.2.1.2.2.1.1.5", "i", "5",
                "1.3.6.1.2.1.2.2.1.8.5", "i", "2", "1.3.6.1.6.3.18.1.3.0", "a", site.address)
                .redirectErrorStream(true).start();
        assertThat(snmptrap.waitFor()).isZero();
    }

    /** A clear of an interface that raised nothing: archived and shown, no alarm. */
    private void linkUp(TestSite site, int ifIndex, String ifDescr) throws Exception {
        Process snmptrap = new ProcessBuilder("snmptrap", "-v", "2c", "-c", "public",
                "127.0.0.1:" + ports.udpPort(), "", "1.3.6.1.6.3.1.1.5.4", "1.3.6.1.2.1.2.2.1.1." + ifIndex, "i",
                String.valueOf(ifIndex), "1.3.6.1.2.1.2.2.1.2." + ifIndex, "s", ifDescr,
                "1.3.6.1.2.1.2.2.1.7." + ifIndex, "i", "1",
                "1.3.6.1.2.1.2.2.1.8." + ifIndex, "i", "1", "1.3.6.1.6.3.18.1.3.0", "a", site.address)
                .redirectErrorStream(true).start();
        assertThat(snmptrap.waitFor()).isZero();
    }

    @Test
    void anAccountManagerWorksTheirOwnCustomersTicketsOnlyAndCannotActOnTheBoard() {
        demoInventory();
        // TJ-DDN-000123's customer, TJ-C0003, is am002's; am001 has other customers.
        var declared = demoPerson("am002").post("/tmf-api/troubleTicket/v4/troubleTicket", """
                {"description":"客户反映专线中断","severity":"major","ticketType":"fault",
                 "relatedEntity":[{"id":"TJ-DDN-000123","@referredType":"Circuit"}]}""");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String ticket = declared.json().get("id").asText();
        demoPerson("am001");

        try (Browser own = Browser.open(port); Browser other = Browser.open(port)) {
            own.signIn("am002", PASSWORD).await("#board", Duration.ofSeconds(10));
            own.go("/tickets/" + ticket);
            assertThat(own.find("#ticket-status").getText()).isEqualTo("已受理");

            // 故障申报 from the form: their own customer's circuit is taken; another's is refused on the form.
            own.go("/tickets/new");
            own.find("#circuits").sendKeys("TJ-DDN-000123");
            own.find("#description").sendKeys("客户电话报障：专线中断");
            own.submit("#declare");
            assertThat(own.await("#ticket-status", Duration.ofSeconds(10)).getText()).isEqualTo("已受理");
            own.go("/tickets/new");
            own.find("#circuits").sendKeys("TJ-MPLS-000101");
            own.find("#description").sendKeys("不是我的客户");
            own.submit("#declare");
            assertThat(own.find("#refused").getText()).isNotBlank();
            assertThat(own.driver().findElements(org.openqa.selenium.By.id("ack-selected"))).isEmpty();

            other.signIn("am001", PASSWORD).await("#board", Duration.ofSeconds(10));
            other.go("/tickets/" + ticket);
            assertThat(other.find("#error-404").getText()).contains("未找到");
            other.go("/tickets?status=acknowledged");
            assertThat(other.driver().findElements(org.openqa.selenium.By.id("ticket-" + ticket))).isEmpty();
            other.screenshot("not-yours");
        }
    }

    @Test
    void anAdminImportsACsvWithTwoBadRowsSeesBothInTheTableAndNothingIsImported(@TempDir Path folder)
            throws Exception {
        String tag = unique("IMP");
        Path csv = folder.resolve("customers.csv");
        Files.writeString(csv, """
                customer_code,name,tier,industry,account_manager_employee_id
                %s-1,导入测试一,AAA,金融,
                %s-2,导入测试二,AAAA,金融,
                %s-3,导入测试三,A,金融,nobody-here
                """.formatted(tag, tag, tag));
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", ADMIN_PASSWORD).await("#board", Duration.ofSeconds(10));
            browser.go("/admin/import");
            new org.openqa.selenium.support.ui.Select(browser.find("#import-kind")).selectByValue("customers");
            browser.find("#import-file").sendKeys(csv.toAbsolutePath().toString());
            browser.submit("#import");

            List<WebElement> problems = browser.await("#import-problems", Duration.ofSeconds(10))
                    .findElements(org.openqa.selenium.By.cssSelector("tbody tr"));
            assertThat(problems).hasSize(2);
            assertThat(problems.get(0).getText()).startsWith("3").contains("tier", "AAAA");
            assertThat(problems.get(1).getText()).startsWith("4").contains("nobody-here");
            browser.screenshot("import-refused");
        }
        assertThat(admin().get("/api/v1/customers?name=导入测试").json()).as("nothing imported").isEmpty();
    }

    @Test
    void anAdminGivesARoleResetsAPasswordUnderTheRulesAndDisablesAPerson() {
        String person = newPerson("\"NOC_ENGINEER\"");
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", ADMIN_PASSWORD).await("#board", Duration.ofSeconds(10));
            browser.go("/admin/people?q=" + person);
            assertThat(browser.find("#people th:nth-child(2)").getText()).isEqualTo("姓名");
            WebElement row = browser.find("#person-" + person);
            row.findElement(org.openqa.selenium.By.cssSelector("input[value=TECH_SPECIALIST]")).click();
            browser.submit("#person-" + person + " button.save-roles");
            assertThat(browser.await("#done", Duration.ofSeconds(10)).getText()).isEqualTo("已保存。");
            assertThat(admin().get("/api/v1/people/" + person).json().get("roles").toString())
                    .contains("NOC_ENGINEER", "TECH_SPECIALIST");
            browser.screenshot("people");

            browser.go("/admin/people?q=" + person);
            browser.find("#person-" + person + " input[name=newPassword]").sendKeys("short");
            browser.submit("#person-" + person + " button.reset");
            assertThat(browser.await("#refused", Duration.ofSeconds(10)).getText()).isNotBlank();
            browser.go("/admin/people?q=" + person);
            browser.find("#person-" + person + " input[name=newPassword]").sendKeys("another-horse-2");
            browser.submit("#person-" + person + " button.reset");
            assertThat(browser.await("#done", Duration.ofSeconds(10)).isDisplayed()).isTrue();
            assertThat(anonymous().as(person, "another-horse-2").get("/api/v1/circuits").status()).isEqualTo(200);

            browser.go("/admin/people?q=" + person);
            browser.submit("#person-" + person + " button.toggle");
            assertThat(browser.await("#done", Duration.ofSeconds(10)).isDisplayed()).isTrue();
            assertThat(anonymous().as(person, "another-horse-2").get("/api/v1/circuits").status()).isEqualTo(401);
            browser.go("/admin/roles");
            assertThat(browser.find("#role-matrix").getText()).contains("客户经理", "只看自己客户");

            // Who changed the person, and how, is in the audit trail: the newest change is the admin's disable.
            browser.go("/admin/audit?entityKey=" + person);
            assertThat(browser.find("#audit tbody tr").getText()).contains("admin", "\"enabled\": false");

            // API 令牌: the secret is shown once, works at once, and stops working when revoked.
            String machine = unique("nms-");
            browser.go("/admin/tokens");
            browser.find("#issue-token input[name=name]").sendKeys(machine);
            browser.submit("#issue-token button");
            String secret = browser.await("#secret-text", Duration.ofSeconds(10)).getText().trim();
            assertThat(anonymous().withToken(secret).get("/tmf-api/alarmManagement/v4/alarm?limit=1").status())
                    .isEqualTo(200);
            browser.go("/admin/tokens");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("secret-text"))).as("shown once")
                    .isEmpty();
            browser.submit("#token-" + machine + " button.revoke");
            assertThat(browser.await("#done", Duration.ofSeconds(10)).isDisplayed()).isTrue();
            assertThat(anonymous().withToken(secret).get("/tmf-api/alarmManagement/v4/alarm?limit=1").status())
                    .isEqualTo(401);

            // 故障原因维护: a new reason is offered at once; a code with a space is refused, naming the field.
            String code = unique("R_");
            browser.go("/admin/catalogues");
            assertThat(browser.find("#fault-reasons th:nth-child(2)").getText()).isEqualTo("名称");
            browser.find("#new-fault-reason input[name=code]").sendKeys(code);
            browser.find("#new-fault-reason input[name=name]").sendKeys("测试原因 a test reason");
            browser.find("#new-fault-reason input[name=category]").sendKeys("test");
            browser.submit("#new-fault-reason button");
            assertThat(browser.await("#done", Duration.ofSeconds(10)).isDisplayed()).isTrue();
            assertThat(admin().get("/api/v1/fault-reasons").body()).contains(code);
            browser.find("#new-fault-reason input[name=code]").sendKeys("NOT A CODE");
            browser.find("#new-fault-reason input[name=name]").sendKeys("x");
            browser.find("#new-fault-reason input[name=category]").sendKeys("x");
            browser.submit("#new-fault-reason button");
            assertThat(browser.await("#refused", Duration.ofSeconds(10)).getText()).contains("code", "大写字母");
        }
    }

    @Test
    void anAccountManagerCannotOpenAnotherAccountManagersCustomer() {
        demoInventory();
        demoPerson("am001");
        try (Browser browser = Browser.open(port)) {
            browser.signIn("am001", PASSWORD).await("#board", Duration.ofSeconds(10));
            browser.go("/inventory/customers");
            assertThat(browser.find("#customers").getText()).contains("TJ-C0001").doesNotContain("TJ-C0003");
            browser.go("/inventory/customers/TJ-C0001");
            assertThat(browser.find("#customer-name").getText()).isEqualTo("天津港（集团）有限公司");
            browser.go("/inventory/customers/TJ-C0003");
            assertThat(browser.find("#error-403").getText()).contains("无权查看");
            browser.go("/inventory/circuits/TJ-DDN-000123");
            assertThat(browser.find("#error-403").getText()).as("TJ-C0003's circuit").contains("无权查看");
            browser.screenshot("forbidden");
        }
    }

    @Test
    void theApiIsDocumentedForEveryRestApiWithItsSecuritySchemes() {
        var document = admin().get("/v3/api-docs").json();
        assertThat(document.get("paths").has("/tmf-api/alarmManagement/v4/alarm")).isTrue();
        assertThat(document.get("paths").has("/tmf-api/troubleTicket/v4/troubleTicket")).isTrue();
        assertThat(document.get("paths").has("/tmf-api/serviceQualificationManagement/v4/checkServiceQualification"))
                .isTrue();
        assertThat(document.get("paths").has("/tmf-api/serviceOrdering/v4/serviceOrder")).isTrue();
        assertThat(document.get("paths").has("/tmf-api/serviceOrdering/v4/cancelServiceOrder")).isTrue();
        assertThat(document.get("paths").has("/api/v1/tasks/{id}/complete")).isTrue();
        assertThat(document.at("/components/securitySchemes").has("basic")).isTrue();
        assertThat(document.at("/components/securitySchemes").has("apiToken")).isTrue();
    }
}
