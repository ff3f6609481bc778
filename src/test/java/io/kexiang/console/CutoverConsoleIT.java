package io.kexiang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Browser;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A cutover in the browser: a planner builds it in the editor and sees its impact, a manager approves it, and the
 * account manager finds the notice in their inbox and confirms it.
 */
// Notices are released every 200 ms here; closed afterwards, this context releases no other test's notices.
@TestPropertySource(properties = "kexiang.cutover.scan-interval=200ms")
@DirtiesContext
class CutoverConsoleIT extends ApplicationIT {

    @Test
    void aPlannerBuildsAPlanAManagerApprovesItAndTheAccountManagerConfirmsTheNotice() {
        demoInventory();
        String planner = newPerson("\"NOC_ENGINEER\"");
        String manager = newPerson("\"DEPT_MANAGER\"");
        demoPerson("am002");
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(10).withHour(1)
                .truncatedTo(ChronoUnit.HOURS);

        String plan;
        try (Browser browser = Browser.open(port)) {
            browser.signIn(planner, PASSWORD).await("#board", Duration.ofSeconds(10));
            browser.go("/cutovers/new");
            browser.find("#title").sendKeys("南开 DDN 节点板卡更换");
            browser.find("#reason").sendKeys("板卡老化，计划更换");
            browser.find("#executingUnit").sendKeys("传输维护中心");
            browser.script("document.getElementById('windowStart').value = arguments[0];"
                    + "document.getElementById('windowEnd').value = arguments[1];", start.toString(),
                    start.plusHours(2).toString());
            browser.find("#rollbackPlan").sendKeys("恢复原板卡");
            // The picker offers the inventory's circuits as the planner types.
            browser.find("#scope-pick").sendKeys("DDN-0001");
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.driver().findElements(
                    By.cssSelector("#scope-options option[value='TJ-DDN-000123']")).isEmpty());
            browser.find("#scope-pick").clear();
            browser.find("#scope-pick").sendKeys("TJ-DDN-000123");
            browser.find("#add-circuit").click();
            assertThat(browser.find("#circuits").getAttribute("value")).isEqualTo("TJ-DDN-000123");
            browser.find("#riskLevel").click();
            browser.find("#title").click();

            // The impact follows the scope as it is typed: TJ-DDN-000123 is 天津市公安局's, am002's customer.
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> browser.find("#impact")
                    .getText().contains("天津市公安局"));
            assertThat(browser.find("#impact-summary").getText()).contains("1 个客户", "1 条电路", "孙海燕（am002）");
            assertThat(browser.find("#lead-time").getText()).contains("前批准");
            browser.screenshot("cutover-editor");

            browser.submit("#save-plan");
            assertThat(browser.await("#plan-status", Duration.ofSeconds(10)).getText()).isEqualTo("草稿");
            plan = browser.path().substring("/cutovers/".length());
            browser.submit("#submit-plan");
            assertThat(browser.find("#plan-status").getText()).isEqualTo("待审批");
            assertThat(browser.driver().findElements(By.id("approve-plan"))).as("a planner does not approve").isEmpty();
        }

        try (Browser browser = Browser.open(port)) {
            browser.signIn(manager, PASSWORD).await("#board", Duration.ofSeconds(10));
            browser.go("/cutovers/" + plan);
            browser.submit("#approve-plan");
            assertThat(browser.find("#plan-status").getText()).isIn("已批准", "已通知");
            browser.go("/cutovers?view=week&date=" + start.toLocalDate());
            var planned = admin().get("/api/v1/cutovers/" + plan).json();
            // What a planner scans a week for: when (the centre's hours), what, and in which state.
            var hours = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(java.time.ZoneId.of("Asia/Shanghai"));
            assertThat(browser.find("#calendar").getText()).contains(planned.get("number").asText(),
                    planned.get("title").asText(), hours.format(java.time.OffsetDateTime.parse(planned.get(
                            "windowStart").asText())) + "–" + hours.format(java.time.OffsetDateTime.parse(planned.get(
                            "windowEnd").asText())));
            browser.screenshot("cutovers");
        }

        try (Browser browser = Browser.open(port)) {
            browser.signIn("am002", PASSWORD).await("#board", Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                browser.go("/inbox");
                return !browser.driver().findElements(By.cssSelector("article.notice-card form button.confirm"))
                        .isEmpty();
            });
            assertThat(browser.find("article.notice-card").getText()).contains("南开 DDN 节点板卡更换");
            assertThat(browser.find(".forward").getText()).contains("天津市公安局");
            browser.screenshot("inbox");
            browser.submit("article.notice-card form button.confirm");
            assertThat(browser.await("article.notice-card .confirmed", Duration.ofSeconds(10)).getText())
                    .contains("已于");
            browser.go("/inbox");
            assertThat(browser.find("article.notice-card .confirmed").getText()).as("the confirmation sticks")
                    .contains("已于");
        }
        assertThat(admin().get("/api/v1/cutovers/" + plan + "/notices").json().get(0).get("confirmedAt").isNull())
                .isFalse();
    }
}
