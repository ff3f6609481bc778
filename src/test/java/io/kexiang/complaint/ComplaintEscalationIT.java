package io.kexiang.complaint;

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
 * 投诉上报主管副总: one customer's complaints rise January to April 2095 (1, 2, 3, 4: three rises in a row), so in May
 * both the customer's and the overall count go to the VP; a critical complaint goes at once. The VP instructs, the
 * centre follows up, the VP closes — each only by whom it belongs to.
 */
@FixedClock
class ComplaintEscalationIT extends ApplicationIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ESCALATIONS = "/api/v1/complaint-escalations";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("kexiang.complaints.scan", () -> "200ms");
    }

    @Autowired
    MutableClock clock;

    @Test
    void risingAndMajorComplaintsGoToTheVpWhoInstructsAndClosesOnceFollowedUp() {
        demoInventory();
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("A");
        String circuit = "DDN-CMP-" + site.element;
        site.circuits(site.ddn(circuit, customer, 11, "E1-0/11"));
        Api accountManager = demoPerson("am001");
        Api vp = person("\"VP\"");
        Api centre = person("\"DEPT_MANAGER\"");
        String critical;
        Instant before = clock.instant();
        try {
            for (int month = 1; month <= 4; month++) {
                for (int n = 0; n < month; n++) {
                    clock.set(LocalDateTime.of(2095, month, 10 + n, 10, 0).atZone(SHANGHAI).toInstant());
                    complain(accountManager, circuit, "major");
                }
            }
            clock.set(LocalDateTime.of(2095, 5, 2, 9, 0).atZone(SHANGHAI).toInstant());
            critical = complain(accountManager, circuit, "critical");
            await().atMost(Duration.ofSeconds(20)).until(() -> find(vp, customer + "/2095-04") != null
                    && find(vp, "overall/2095-04") != null && find(vp, critical) != null);
        } finally {
            clock.set(before);
        }
        JsonNode rising = find(vp, customer + "/2095-04");
        assertThat(rising.get("kind").asText()).isEqualTo("rising");
        assertThat(rising.get("detail").asText()).contains("连续 3 个月上升", "逐月 1 → 2 → 3 → 4 件")
                .doesNotContain("[");
        assertThat(find(vp, critical).get("kind").asText()).isEqualTo("major");
        assertThat(find(vp, critical).get("detail").asText()).as("the severity in words").endsWith("（严重）");

        String entries = ESCALATIONS + "/" + rising.get("id").asText() + "/entries";
        String close = ESCALATIONS + "/" + rising.get("id").asText() + "/close";
        assertThat(centre.post(entries, "{\"kind\":\"instruction\",\"text\":\"我来批\"}").status()).isEqualTo(403);
        assertThat(vp.post(entries, "{\"kind\":\"instruction\",\"text\":\"请客户经理本周内上门，分析原因\"}").status())
                .isEqualTo(200);
        assertThat(vp.post(close, "").status()).as("nothing followed up yet").isEqualTo(409);
        assertThat(centre.post(entries, "{\"kind\":\"followUp\",\"text\":\"已上门，原因是接入段老化，已安排更换\"}")
                .status()).isEqualTo(200);
        assertThat(centre.post(close, "").status()).isEqualTo(403);
        JsonNode closed = vp.post(close, "").json();
        assertThat(closed.get("closedBy").asText()).isNotBlank();
        assertThat(closed.get("entries").findValuesAsText("kind")).containsExactly("instruction", "followUp");
        assertThat(centre.post(entries, "{\"kind\":\"followUp\",\"text\":\"补充\"}").status()).isEqualTo(409);
        Response bad = vp.post(entries, "{\"kind\":\"praise\",\"text\":\"\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(accountManager.get(ESCALATIONS).status()).isEqualTo(403);

        // The VP instructs on the critical complaint in the console.
        String major = find(vp, critical).get("id").asText();
        String vpName = newPerson("\"VP\"");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(vpName, PASSWORD).go("/complaints");
            var section = browser.await("#escalation-" + major, Duration.ofSeconds(10));
            assertThat(section.getText()).contains("重大投诉", critical);
            section.findElement(By.name("text")).sendKeys("今天内回复客户");
            browser.screenshot("complaints");
            browser.submit("#escalation-" + major + " form button");
            browser.await("#escalation-" + major, Duration.ofSeconds(10));
        }
        assertThat(find(vp, critical).get("entries").findValuesAsText("text")).containsExactly("今天内回复客户");
    }

    private static String complain(Api accountManager, String circuit, String severity) {
        Response created = accountManager.post("/tmf-api/troubleTicket/v4/troubleTicket", """
                {"description":"客户投诉专线质量","severity":"%s","ticketType":"complaint","relatedEntity":[{"id":"%s",
                 "role":"affectedCircuit","@referredType":"Circuit"}]}""".formatted(severity, circuit));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("ticketNumber").asText();
    }

    private static JsonNode find(Api who, String subject) {
        for (JsonNode escalation : who.get(ESCALATIONS).json()) {
            if (escalation.get("subject").asText().equals(subject)) {
                return escalation;
            }
        }
        return null;
    }
}
