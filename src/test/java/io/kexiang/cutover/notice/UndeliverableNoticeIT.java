package io.kexiang.cutover.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import io.kexiang.support.TestSite;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With neither SMTP nor a webhook (the tests' shared context), a notice cannot go: nobody is told it went. The
 * release scan is run by hand: the shared context scans daily, so no other context's channels are in the race.
 */
class UndeliverableNoticeIT extends ApplicationIT {

    @Autowired
    NoticeRelease release;

    private static final String PLANS = "/api/v1/cutovers";

    @Test
    void aNoticeWithNoChannelIsUndeliverableReadableInKexiangAndReadinessWarns() {
        String accountManager = unique("am-").toLowerCase();
        assertThat(admin().post("/api/v1/people", """
                {"employeeId":"%s","name":"无邮箱经理","roles":["ACCOUNT_MANAGER"]}""".formatted(accountManager))
                .status()).isEqualTo(201);
        admin().put("/api/v1/people/" + accountManager + "/password", "{\"newPassword\":\"correct-horse-1\"}");
        Api manager = anonymous().as(accountManager, "correct-horse-1");
        String customer = unique("UN-");
        admin().post("/api/v1/customers", """
                {"customerCode":"%s","name":"测试客户","tier":"B","accountManagerEmployeeId":"%s"}"""
                .formatted(customer, accountManager));
        TestSite site = TestSite.create(admin(), "PE");
        site.circuits(site.ddn("UN1-" + site.element, customer, 1, "E1-1"));
        Api engineer = person("\"NOC_ENGINEER\"");
        Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
        Response plan = engineer.post(PLANS, """
                {"title":"板卡更换 card swap","reason":"老化 ageing","executingUnit":"传输中心","windowStart":"%s",
                 "windowEnd":"%s","riskLevel":"low","rollbackPlan":"回退 roll back",
                 "scope":[{"networkElement":"%s"}]}""".formatted(start, start.plus(Duration.ofHours(2)),
                site.element));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        String id = plan.json().get("id").asText();
        engineer.post(PLANS + "/" + id + "/submit", "");
        assertThat(admin().post(PLANS + "/" + id + "/approve", "").status()).isEqualTo(200);
        release.scan();

        JsonNode[] notices = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            notices[0] = manager.get(PLANS + "/" + id + "/notices").json();
            return notices[0].size() > 0 && !notices[0].get(0).get("state").asText().equals("scheduled");
        });
        JsonNode approval = notices[0].get(0);
        assertThat(approval.get("state").asText()).isEqualTo("undeliverable");
        assertThat(approval.get("deliveries")).isEmpty();
        assertThat(approval.get("subject").asText()).isNotBlank();
        assertThat(approval.get("text").asText()).contains("UN1-" + site.element);
        assertThat(admin().get("/actuator/health/readiness").body()).contains("notices are not sent");
    }
}
