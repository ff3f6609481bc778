package io.kexiang.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Browser;
import io.kexiang.support.Response;
import io.kexiang.support.TestSite;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** In a real browser: a branch engineer works an order's step in the console; a manager sees it in 流程统计. */
class WorkConsoleIT extends ApplicationIT {

    @Test
    void aBranchEngineerCompletesAnOrderStepInTheConsoleAndAManagerSeesItInTheStatistics() {
        demoInventory();
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("A");
        String branch = unique("西青分公司");
        String engineer = staff("TECH_SPECIALIST", branch);
        String manager = staff("DEPT_MANAGER", null);
        Response placed = nms().post("/tmf-api/serviceOrdering/v4/serviceOrder", """
                {"category": "intraProvince",
                 "relatedParty": [{"id": "%s", "role": "customer", "@referredType": "Organization"},
                                  {"id": "B", "name": "%s", "role": "branchOffice", "@referredType": "Organization"}],
                 "serviceOrderItem": [{"id": "1", "action": "add", "service": {"id": "DDN-W-%s", "serviceType": "DDN",
                   "serviceCharacteristic": [{"name": "aEnd.ne", "value": "%s"}, {"name": "aEnd.ifIndex", "value": "7"},
                     {"name": "e1Line", "value": "E1-0/7"}]}}]}""".formatted(customer, branch, site.element,
                site.element));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String number = placed.json().get("number").asText();
        var centre = person("\"NOC_ENGINEER\"");
        JsonNode accept = null;
        for (JsonNode task : centre.get("/api/v1/tasks").json()) {
            if (task.get("businessKey").asText().equals(number)) {
                accept = task;
            }
        }
        assertThat(centre.post("/api/v1/tasks/" + accept.get("id").asText() + "/complete",
                "{\"complex\": false}").status()).isEqualTo(204);

        try (Browser browser = Browser.open(port)) {
            browser.signIn(engineer, PASSWORD).go("/work");
            var row = browser.await("#my-tasks tbody tr[id^='task-']", Duration.ofSeconds(10));
            assertThat(row.getText()).contains("数据制作", "电路调单", number, "新开 ", "省内").doesNotContain(" add ");
            browser.screenshot("work-tasks");
            row.findElement(By.tagName("a")).click();
            browser.await("#complete-form", Duration.ofSeconds(10));
            assertThat(browser.find("#task-number").getText()).isEqualTo(number);

            // Submitted empty: refused, naming the field, and the step stays.
            browser.submit("#complete");
            assertThat(browser.await("#refused", Duration.ofSeconds(10)).getText()).contains("数据制作说明（configNote）");
            browser.find("#field-configNote").sendKeys("时隙 1-31 已配置");
            browser.screenshot("work-task");
            browser.submit("#complete");
            browser.await("#my-tasks", Duration.ofSeconds(10));
            assertThat(browser.path()).isEqualTo("/work");
            assertThat(browser.find("#my-tasks").getText()).contains("开通").doesNotContain("数据制作");
        }

        try (Browser browser = Browser.open(port)) {
            browser.signIn(manager, PASSWORD).go("/work/approvals");
            assertThat(browser.await("#approvals", Duration.ofSeconds(10)).isDisplayed()).isTrue();
            browser.go("/work/statistics");
            String statistics = browser.await("#statistics", Duration.ofSeconds(10)).getText();
            assertThat(statistics).contains("电路调单", "数据制作", branch);
            assertThat(browser.find("#statistics-departments-table").getText()).contains(branch);
            // The charts are drawn (ECharts renders into a canvas), from the figures in the page.
            browser.await("#statistics-months canvas", Duration.ofSeconds(10));
            browser.await("#statistics-departments canvas", Duration.ofSeconds(10));
            browser.screenshot("work-statistics");

            // 在途调单: the order is on the centre's board, at its next step in the branch, with time left.
            browser.go("/work/orders");
            var line = browser.await("#open-orders tr[data-order='" + number + "']", Duration.ofSeconds(10));
            assertThat(line.getText()).contains("开通", branch);
            assertThat(line.findElement(By.cssSelector("td.order-left")).getText()).matches("\\d+天 \\d+:\\d{2}");
            assertThat(line.findElement(By.cssSelector("td.step-left")).getAttribute("class")).contains("sla-ok");
            browser.screenshot("work-orders");

            // The order's case, from its number: the step the engineer did, with what they wrote.
            line.findElement(By.linkText(number)).click();
            String steps = browser.await("#case-steps", Duration.ofSeconds(10)).getText();
            assertThat(steps).contains("受理调单", "数据制作", "时隙 1-31 已配置", "开通");
            assertThat(browser.find("#case-outcome").getText()).isEqualTo("处理中");
            browser.screenshot("work-case");
        }
    }

    @Test
    void anAccountManagerAsksForAResourceCheckInTheConsoleAndTheCentreGetsTheTask() {
        demoInventory();
        demoPerson("am001");
        try (Browser browser = Browser.open(port)) {
            browser.signIn("am001", "correct-horse-1").go("/work/new");
            browser.await("#check-form", Duration.ofSeconds(10));
            browser.find("#check-customer").sendKeys("NO-SUCH");
            browser.find("#check-site").sendKeys("天津市河西区友谊路 1 号");
            browser.submit("#request-check");
            assertThat(browser.await("#refused", Duration.ofSeconds(10)).getText()).contains("客户编码（relatedParty）");

            browser.find("#check-customer").sendKeys("TJ-C0001");
            browser.find("#check-site").sendKeys("天津市河西区友谊路 1 号");
            browser.find("#check-bandwidth").sendKeys("10M");
            browser.screenshot("work-new");
            browser.submit("#request-check");
            String started = browser.await("#started", Duration.ofSeconds(10)).getText();
            assertThat(started).startsWith("已发起：RC-");
            String number = started.substring("已发起：".length());
            assertThat(person("\"NOC_ENGINEER\"").get("/api/v1/tasks").json().findValuesAsText("businessKey"))
                    .contains(number);

            // The ledger shows it, and its Excel export is a workbook (a zip: "PK").
            browser.go("/work/ledgers");
            assertThat(browser.await("#check-ledger", Duration.ofSeconds(10)).getText()).contains(number)
                    .contains("已受理").doesNotContain("accepted");
            assertThat(browser.driver().findElements(By.id("order-ledger"))).as("the centre's only").isEmpty();
            String href = browser.find("#checks-xlsx").getAttribute("href");
            Object workbook = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.arrayBuffer())"
                            + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 2))))", href);
            assertThat(workbook).isEqualTo("PK");
            browser.screenshot("work-ledgers");
        }
    }
}
