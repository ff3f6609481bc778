package io.kexiang.cutover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.kexiang.KexiangApplication;
import io.kexiang.ingest.TrapPorts;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.FixedClock;
import io.kexiang.support.MutableClock;
import io.kexiang.support.Response;
import io.kexiang.support.TestClocks;
import io.kexiang.support.TestSite;
import io.kexiang.support.TrapSender;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A cutover from plan to the check at its window's end, with a clock the test moves (days of lead time in seconds),
 * a real SMTP server (GreenMail), a JSON webhook on localhost, and real traps.
 */
@FixedClock
// Its notice scans run every 200 ms with mail and a webhook: closed afterwards, they release no other test's notices.
@DirtiesContext
class CutoverIT extends ApplicationIT {

    private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final WebhookReceiver HOOK = new WebhookReceiver();
    private static final String PLANS = "/api/v1/cutovers";
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        MAIL.start();
    }



    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        properties.add("kexiang.notification.webhook-url", HOOK::url);
        properties.add("kexiang.outbox.deliver", () -> "true");
        properties.add("kexiang.outbox.poll", () -> "200ms");
        properties.add("kexiang.cutover.scan-interval", () -> "200ms");
        properties.add("kexiang.cutover.window-refresh", () -> "200ms");
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Autowired
    MutableClock clock;

    @Autowired
    TrapPorts ports;

    /** The other contexts share the database; a clock left days ahead would do their deadlines early. */
    @AfterEach
    void realTimeAgain() {
        clock.set(Instant.now());
    }

    @Test
    void approvalTellsEachAccountManagerOnceAboutTheirCircuitsRemindsThemOnTimeAndEscalatesTheUnconfirmed()
            throws Exception {
        World world = world();
        Instant start = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        JsonNode plan = world.planOnXAndY(start, start.plus(Duration.ofHours(4)));
        String number = plan.get("number").asText();
        assertThat(plan.at("/impact/circuitCount").asInt()).as("two circuits on each element").isEqualTo(4);
        assertThat(plan.at("/impact/customerCount").asInt()).isEqualTo(3);
        assertThat(plan.at("/impact/accountManagers").toString()).contains(world.amA.id, world.amB.id);
        assertThat(plan.at("/impact/customers").toString()).doesNotContain("Z1-" + world.tag);

        approveAndAwaitNotices(world, plan);
        String toA = only(mails(number, "cutover notice"), world.amA.email);
        String toB = only(mails(number, "cutover notice"), world.amB.email);
        assertThat(toA).as("A's customers' circuits, all of them").contains("X1-" + world.tag, "Y1-" + world.tag)
                .as("and only them").doesNotContain("X2-" + world.tag, "Y3-" + world.tag, "Z1-" + world.tag)
                .contains("可转发", "尊敬的测试客户 " + world.c1, "尊敬的测试客户 " + world.c2);
        assertThat(toB).contains("X2-" + world.tag, "Y3-" + world.tag)
                .doesNotContain("X1-" + world.tag, "Y1-" + world.tag);
        await().atMost(Duration.ofSeconds(10)).until(() -> hooked(number, "approved") == 2);

        String link = link(toA);
        assertThat(anonymous().get(link).body()).as("the link shows a button; only pressing it confirms")
                .contains("<form method=\"post\"");
        assertThat(anonymous().post(link.replaceAll("token=.*", "token=forged"), "").status()).isEqualTo(404);
        assertThat(anonymous().post(link, "").body()).contains(number);

        clock.advance(Duration.ofHours(4).plusMinutes(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> mails(number, "notice unconfirmed").size() == 1);
        assertThat(only(mails(number, "notice unconfirmed"), world.managerB.email)).contains(world.amB.id);

        clock.set(start.minus(Duration.ofHours(24)).minusSeconds(5));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> mails(number, "cutover reminder").isEmpty());
        clock.set(start.minus(Duration.ofHours(24)).plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> mails(number, "starts in 24h").size() == 2);
        clock.set(start.minus(Duration.ofHours(1)).plusSeconds(1));
        // Days pass on this clock: every ticket the earlier tests left escalates, and its mails go out first.
        await().atMost(Duration.ofSeconds(45)).until(() -> mails(number, "starts in 1h").size() == 2);
        assertThat(mails(number, "starts in 24h")).as("each reminder once").hasSize(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> hooked(number, "reminder") == 4);

        clock.set(start.plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> world.engineer().get(PLANS + "/" + plan.get("id").asText())
                .json().get("status").asText().equals("inProgress"));
        JsonNode notices = world.engineer().get(PLANS + "/" + plan.get("id").asText() + "/notices").json();
        assertThat(notices.toString()).contains("\"confirmedAt\"", "\"escalatedAt\"");
        assertThat(world.amB.api.get(PLANS + "/" + plan.get("id").asText() + "/notices").json())
                .as("an account manager sees their own notices").allMatch(n -> n.get("recipient").asText()
                        .equals(world.amB.id));
    }

    @Test
    void anotherInstanceStartedBetweenApprovalAndTheRemindersSendsEachReminderOnce() throws Exception {
        World world = world();
        Instant start = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        JsonNode plan = world.planOnXAndY(start, start.plus(Duration.ofHours(2)));
        String number = plan.get("number").asText();
        approveAndAwaitNotices(world, plan);

        // A second Kexiang on the same database, its clock past the first reminder: as after a restart.
        TestClocks.Restarted.NOW.set(start.minus(Duration.ofHours(24)).plusSeconds(1));
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(KexiangApplication.class,
                TestClocks.Restarted.class).run("--server.port=0", "--spring.jmx.enabled=false",
                        "--kexiang.ingest.snmp.enabled=false", "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + MAIL.getSmtp().getPort(),
                        "--kexiang.notification.webhook-url=" + HOOK.url(),
                        "--kexiang.outbox.deliver=true", "--kexiang.outbox.poll=200ms",
                        "--kexiang.cutover.scan-interval=200ms",
                        "--kexiang.ingest.file-drop.directory=target/test-drop-restarted")) {
            await().atMost(Duration.ofSeconds(15)).until(() -> mails(number, "starts in 24h").size() == 2);
        }
        clock.set(start.minus(Duration.ofHours(1)).plusSeconds(1));
        // Days pass on this clock: every ticket the earlier tests left escalates, and its mails go out first.
        await().atMost(Duration.ofSeconds(45)).until(() -> mails(number, "starts in 1h").size() == 2);
        assertThat(mails(number, "starts in 24h")).as("this instance's clock passed it too; still once").hasSize(2);
        assertThat(mails(number, "cutover notice")).as("the approval notice once").hasSize(2);
    }

    @Test
    void alarmsInsideTheWindowArePlannedAndOpenNoTicketUntilTheWindowEndsWithThemStillActive() throws Exception {
        World world = world();
        Instant start = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        Instant end = start.plus(Duration.ofHours(2));
        JsonNode plan = world.planOnXAndY(start, end);
        String id = plan.get("id").asText();
        approve(world, plan);
        clock.set(start.plusSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> world.engineer().get(PLANS + "/" + id).json()
                .get("status").asText().equals("inProgress"));

        try (TrapSender traps = new TrapSender(ports.udpPort())) {
            traps.linkDown(world.x.address, 1);
            traps.linkDown(world.x.address, 2);
            traps.linkUp(world.x.address, 2);
            traps.linkDown(world.z.address, 1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> alarms(world.x).size() == 2 && alarms(world.z).size() == 1);
        assertThat(alarms(world.x)).as("created and shown, as planned").allMatch(alarm -> alarm
                .get("plannedOutageIndicator").asText().equals("OutOfService"));
        assertThat(alarms(world.z).get(0).get("plannedOutageIndicator").asText()).as("outside the scope")
                .isEqualTo("InService");
        String insideAlarm = alarmOn(world.x, "ifIndex=1");
        String outsideAlarm = alarms(world.z).get(0).get("id").asText();

        clock.advance(Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(15)).until(() -> ticketsOf(world.c1).toString().contains(
                "alarm/" + outsideAlarm + "\""));
        assertThat(ticketsOf(world.c1)).as("only the alarm outside the scope opened a ticket").hasSize(1);
        assertThat(ticketsOf(world.c3)).isEmpty();

        clock.set(end.plusSeconds(1));
        await().atMost(Duration.ofSeconds(15)).until(() -> ticketsOf(world.c1).toString().contains(
                "alarm/" + insideAlarm + "\""));
        assertThat(admin().get("/tmf-api/alarmManagement/v4/alarm/" + insideAlarm).json()
                .get("plannedOutageIndicator").asText()).isEqualTo("InService");
        assertThat(ticketsOf(world.c3)).as("its alarm cleared inside the window").isEmpty();
        String number = plan.get("number").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> mails(number, "faults left by cutover").size() == 2);
        assertThat(only(mails(number, "faults left by cutover"), world.engineerPerson.email)).as("the requester: all")
                .contains("X1-" + world.tag, "X2-" + world.tag);
        assertThat(only(mails(number, "faults left by cutover"), world.amA.email)).contains("X1-" + world.tag);
    }

    @Test
    void aPlanHittingAnAaCustomerInsideTheLeadTimeIsApprovedOnlyAsAnEmergency() {
        World world = world();
        Instant start = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        JsonNode preview = world.engineer().post(PLANS + "/impact-preview", world.body(start,
                start.plus(Duration.ofHours(2)), false)).json();
        assertThat(preview.at("/leadTime/applies").asBoolean()).as("c1 is AA").isTrue();
        assertThat(preview.at("/leadTime/approveBy").asText()).isEqualTo(start.minus(Duration.ofDays(3)).toString());
        assertThat(preview.at("/impact/tiers").toString()).contains("AA");

        JsonNode plan = world.planOnXAndY(start, start.plus(Duration.ofHours(2)));
        String id = plan.get("id").asText();
        Response late = world.engineer().post(PLANS + "/" + id + "/submit", "");
        assertThat(late.status()).as("told at submission, not when the approver gets to it").isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("emergency", "AA",
                start.minus(Duration.ofDays(3)).toString());

        Response flagged = world.engineer().put(PLANS + "/" + id, world.body(start, start.plus(Duration.ofHours(2)),
                true));
        assertThat(flagged.json().get("status").asText()).isEqualTo("draft");
        assertThat(world.engineer().post(PLANS + "/" + id + "/submit", "").status()).isLessThan(300);
        JsonNode approved = admin().post(PLANS + "/" + id + "/approve", "").json();
        assertThat(approved.get("emergency").asBoolean()).isTrue();
        assertThat(approved.get("statusChange").toString()).contains("emergency");
    }

    @Test
    void aPlanHittingNoCircuitSaysSoAndIsSubmittedOnlyMarkedNoCustomerImpact() {
        World world = world();
        Instant start = tenDaysAhead();
        TestSite bare = TestSite.create(admin(), "PE");
        String body = world.body(start, start.plus(Duration.ofHours(2)), false).replaceAll(
                "\"scope\":\\[.*]", "\"scope\":[{\"networkElement\":\"%s\"}]".formatted(bare.element));

        JsonNode preview = world.engineer().post(PLANS + "/impact-preview", body).json();
        assertThat(preview.get("warning").asText()).contains("不影响任何电路", "noCustomerImpact");
        String id = world.engineer().post(PLANS, body).json().get("id").asText();
        Response refused = world.engineer().post(PLANS + "/" + id + "/submit", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("noCustomerImpact");

        world.engineer().put(PLANS + "/" + id, body.replace("\"emergency\":false",
                "\"emergency\":false,\"noCustomerImpact\":true"));
        assertThat(world.engineer().post(PLANS + "/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(admin().get(PLANS + "/" + id).json().get("noCustomerImpact").asBoolean()).isTrue();
    }

    @Test
    void aScopeNamingAnInterfaceTheElementDoesNotHaveIsA400ListingEachUnknownItem() {
        World world = world();
        Instant start = tenDaysAhead();
        String body = world.body(start, start.plus(Duration.ofHours(2)), false).replace(
                "\"scope\":[", "\"scope\":[{\"networkElement\":\"%s\",\"networkInterface\":\"99\"},".formatted(
                        world.x.element));

        Response refused = world.engineer().post(PLANS + "/impact-preview", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("scope[0].networkInterface");
        assertThat(refused.json().at("/errors/0/value").asText()).isEqualTo("99");
    }

    @Test
    void twoLivePlansOnTheSameCircuitInOverlappingWindowsAreFlagged() {
        World world = world();
        Instant start = tenDaysAhead();
        JsonNode first = world.planOnXAndY(start, start.plus(Duration.ofHours(4)));
        world.engineer().post(PLANS + "/" + first.get("id").asText() + "/submit", "");
        Response overlapping = world.engineer().post(PLANS, """
                {"title":"电路调整","reason":"扩容","executingUnit":"数据分公司","windowStart":"%s","windowEnd":"%s",
                 "riskLevel":"low","rollbackPlan":"还原配置","scope":[{"circuitId":"X1-%s"}],
                 "expectedImpact":[{"circuitId":"X1-%s","impact":"degraded","durationMinutes":5}]}"""
                .formatted(start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(6)), world.tag, world.tag));
        assertThat(overlapping.status()).as(overlapping.body()).isEqualTo(201);
        JsonNode conflicts = overlapping.json().get("conflicts");
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).get("number").asText()).isEqualTo(first.get("number").asText());
        assertThat(conflicts.get(0).get("circuits").toString()).isEqualTo("[\"X1-" + world.tag + "\"]");
        assertThat(overlapping.json().at("/impact/customers/0/circuits/0/impact").asText()).isEqualTo("degraded");

        JsonNode later = world.planOnXAndY(start.plus(Duration.ofHours(4)), start.plus(Duration.ofHours(5)));
        assertThat(later.get("conflicts").toString()).as("a window that starts as the other ends")
                .doesNotContain(first.get("number").asText());
    }

    @Test
    void aRejectionNeedsAReasonFromTheCatalogueAndAnEditedRejectedPlanIsADraftAgain() {
        World world = world();
        Instant start = tenDaysAhead();
        JsonNode plan = world.planOnXAndY(start, start.plus(Duration.ofHours(1)));
        String id = plan.get("id").asText();
        world.engineer().post(PLANS + "/" + id + "/submit", "");
        assertThat(admin().post(PLANS + "/" + id + "/reject", "{\"reason\":\"NO_SUCH\"}").status()).isEqualTo(400);
        JsonNode rejected = admin().post(PLANS + "/" + id + "/reject",
                "{\"reason\":\"RISK_TOO_HIGH\",\"note\":\"业务高峰期 peak season\"}").json();
        assertThat(rejected.get("status").asText()).isEqualTo("rejected");
        assertThat(rejected.get("rejectReason").asText()).isEqualTo("RISK_TOO_HIGH");
        Response wrongMove = admin().post(PLANS + "/" + id + "/approve", "");
        assertThat(wrongMove.status()).isEqualTo(409);
        assertThat(wrongMove.json().get("detail").asText()).contains("rejected");
        assertThat(world.engineer().put(PLANS + "/" + id, world.body(start, start.plus(Duration.ofHours(1)), false))
                .json().get("status").asText()).isEqualTo("draft");
        assertThat(admin().get("/api/v1/cutover-reject-reasons").body()).contains("RISK_TOO_HIGH", "风险过高");
    }

    @Test
    void movingAnApprovedWindowSendsThePlanBackAndTellsThoseToldAsDoesCancelling() throws Exception {
        World world = world();
        Instant start = tenDaysAhead();
        JsonNode plan = world.planOnXAndY(start, start.plus(Duration.ofHours(1)));
        String id = plan.get("id").asText();
        String number = plan.get("number").asText();
        approveAndAwaitNotices(world, plan);

        JsonNode moved = world.engineer().put(PLANS + "/" + id, world.body(start.plus(Duration.ofDays(1)),
                start.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)), false)).json();
        assertThat(moved.get("status").asText()).isEqualTo("submitted");
        await().atMost(Duration.ofSeconds(10)).until(() -> mails(number, "cutover changed").size() == 2);
        assertThat(admin().post(PLANS + "/" + id + "/approve", "").json().get("approvalRound").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> mails(number, "cutover notice").size() == 4);

        assertThat(world.engineer().post(PLANS + "/" + id + "/cancel", "{}").status()).as("a note is required")
                .isEqualTo(400);
        world.engineer().post(PLANS + "/" + id + "/cancel", "{\"note\":\"客户要求改期 customer asked\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> mails(number, "cutover cancelled").size() == 2);
        assertThat(only(mails(number, "cutover cancelled"), world.amB.email)).contains("X2-" + world.tag)
                .doesNotContain("X1-" + world.tag);
    }

    @Test
    void aPlanRolledBackIsToldToTheAccountManagersToldOfIt() throws Exception {
        World world = world();
        Instant start = tenDaysAhead();
        JsonNode plan = world.planOnXAndY(start, start.plus(Duration.ofHours(1)));
        String id = plan.get("id").asText();
        String number = plan.get("number").asText();
        approveAndAwaitNotices(world, plan);
        assertThat(world.engineer().post(PLANS + "/" + id + "/start", "").json().get("status").asText())
                .isEqualTo("inProgress");
        assertThat(world.engineer().post(PLANS + "/" + id + "/cancel", "{\"note\":\"太晚了 too late\"}").status())
                .as("work under way is rolled back, not cancelled").isEqualTo(409);
        JsonNode rolledBack = world.engineer().post(PLANS + "/" + id + "/roll-back",
                "{\"note\":\"新板卡故障，已回退 new card faulty\"}").json();
        assertThat(rolledBack.get("status").asText()).isEqualTo("rolledBack");
        await().atMost(Duration.ofSeconds(10)).until(() -> mails(number, "cutover rolledBack").size() == 2);
        assertThat(only(mails(number, "cutover rolledBack"), world.amA.email)).contains("已按回退方案恢复原状",
                "X1-" + world.tag);
    }

    @Test
    void aWebhookThatFailsIsRetriedWithEveryAttemptKeptAndHoldsUpNoMail() throws Exception {
        World world = world();
        Instant start = tenDaysAhead();
        JsonNode plan = world.planOnXAndY(start, start.plus(Duration.ofHours(1)));
        String number = plan.get("number").asText();
        HOOK.failNext(3);
        approveAndAwaitNotices(world, plan);
        // The outbox waits by the application's clock, which stands still here unless moved.
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            clock.advance(Duration.ofSeconds(1));
            return hooked(number, "approved") == 2;
        });
        JsonNode notices = world.engineer().get(PLANS + "/" + plan.get("id").asText() + "/notices").json();
        int webhookAttempts = 0;
        for (JsonNode notice : notices) {
            for (JsonNode delivery : notice.get("deliveries")) {
                assertThat(delivery.get("state").asText()).isEqualTo("sent");
                if (delivery.get("channel").asText().equals("email")) {
                    assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
                } else {
                    webhookAttempts += delivery.get("attempts").asInt();
                }
            }
        }
        assertThat(webhookAttempts).as("two deliveries, three refusals between them").isEqualTo(5);
    }

    @Test
    void accountManagersConfirmTheirOwnNoticesAndDoNotPlan() {
        World world = world();
        Instant start = tenDaysAhead();
        assertThat(world.amA.api.post(PLANS, world.body(start, start.plus(Duration.ofHours(1)), false)).status())
                .isEqualTo(403);
        JsonNode plan = world.planOnXAndY(start, start.plus(Duration.ofHours(1)));
        String id = plan.get("id").asText();
        approve(world, plan);
        JsonNode own = world.amA.api.get(PLANS + "/" + id + "/notices").json();
        assertThat(own).as("the approval notice and two reminders, all theirs").hasSize(3)
                .allMatch(n -> n.get("recipient").asText().equals(world.amA.id));
        String notice = own.get(0).get("id").asText();
        assertThat(own.get(0).get("kind").asText()).isEqualTo("approved");
        String confirmation = PLANS + "/" + id + "/notices/" + notice + "/confirmation";
        assertThat(world.amB.api.post(confirmation, "").status()).isEqualTo(403);
        JsonNode confirmed = world.amA.api.post(confirmation, "").json();
        assertThat(confirmed.get("confirmedAt").isNull()).isFalse();

        JsonNode english = world.amA.api.get(PLANS + "/" + id + "/customer-texts?lang=en").json();
        assertThat(english.has(world.c1) && english.has(world.c2)).isTrue();
        assertThat(english.has(world.c3)).as("account manager B's customer").isFalse();
        assertThat(english.get(world.c1).asText()).contains("Dear 测试客户 " + world.c1, "X1-" + world.tag + ": interrupted")
                .doesNotContain("Y1-" + world.tag);
        assertThat(world.amA.api.get(PLANS + "/" + id + "/customer-texts").json().get(world.c2).asText())
                .as("the plan's language by default").contains("尊敬的测试客户 " + world.c2);
    }

    @Test
    void aScopeNamingWhatTheInventoryDoesNotKnowIsRefusedWithEveryProblemAtOnce() {
        World world = world();
        Instant start = clock.instant().plus(Duration.ofDays(10));
        Response refused = world.engineer().post(PLANS, """
                {"title":"t","reason":"r","executingUnit":"u","windowStart":"%s","windowEnd":"%s","riskLevel":"low",
                 "rollbackPlan":"b","scope":[{"networkElement":"NO-SUCH-NE"},{"circuitId":"NO-SUCH-CIRCUIT"},{}]}"""
                .formatted(start, start.plus(Duration.ofHours(1))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).hasSize(3);
        assertThat(refused.body()).contains("NO-SUCH-NE", "NO-SUCH-CIRCUIT");
        Response backwards = world.engineer().post(PLANS, world.body(start, start.minus(Duration.ofHours(1)), false));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("windowEnd");
    }

    /** A plan's start well past the lead time, on a whole minute. */
    private Instant tenDaysAhead() {
        return clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Approves the plan on X and Y and waits for its two account managers' notices. */
    private void approveAndAwaitNotices(World world, JsonNode plan) {
        approve(world, plan);
        String number = plan.get("number").asText();
        await().atMost(Duration.ofSeconds(15)).until(() -> mails(number, "cutover notice").size() == 2);
    }

    private void approve(World world, JsonNode plan) {
        String id = plan.get("id").asText();
        assertThat(world.engineer().post(PLANS + "/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(world.engineer().post(PLANS + "/" + id + "/approve", "").status()).as("engineers do not approve")
                .isEqualTo(403);
        Response approved = admin().post(PLANS + "/" + id + "/approve", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("notified");
    }

    private List<JsonNode> alarms(TestSite site) {
        List<JsonNode> found = new ArrayList<>();
        admin().get("/tmf-api/alarmManagement/v4/alarm?networkElement=" + site.element).json().forEach(found::add);
        return found;
    }

    private String alarmOn(TestSite site, String place) {
        return alarms(site).stream().filter(alarm -> alarm.get("alarmedObject").toString().contains(place))
                .findFirst().orElseThrow().get("id").asText();
    }

    private JsonNode ticketsOf(String customer) {
        return admin().get("/tmf-api/troubleTicket/v4/troubleTicket?customer=" + customer).json();
    }

    private long hooked(String number, String kind) throws Exception {
        long count = 0;
        for (String body : HOOK.bodies()) {
            JsonNode notice = JSON.readTree(body);
            if (notice.at("/data/cutover").asText().equals(number) && notice.at("/data/kind").asText().equals(kind)) {
                assertThat(notice.get("text").asText()).as("the same words as the mail").contains(number);
                count++;
            }
        }
        return count;
    }

    /** The cutover's mails whose subject says this, one per recipient (GreenMail keeps a copy each). */
    private static List<MimeMessage> mails(String number, String subject) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getSubject().contains(number) && message.getSubject().contains(subject)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String only(List<MimeMessage> messages, String recipient) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage message : messages) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                if (to.toString().equals(recipient)) {
                    bodies.add(message.getContent().toString());
                }
            }
        }
        assertThat(bodies).as("mails to " + recipient).hasSize(1);
        return bodies.get(0);
    }

    private static String link(String text) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(/links/cutover-notices/\\d+\\?token=[A-Za-z0-9_-]+)")
                .matcher(text);
        assertThat(link.find()).as("a confirmation link in " + text).isTrue();
        return link.group(1);
    }

    /**
     * Elements X and Y in the plan's scope and Z outside it; customers c1 (AA) and c2 of account manager A,
     * c3 of account manager B, who sit in different departments with a manager each.
     */
    private World world() {
        String tag = unique("").toLowerCase();
        Person managerA = person("mgr-a", "DEPT_MANAGER", "客户一部 " + tag);
        Person managerB = person("mgr-b", "DEPT_MANAGER", "客户二部 " + tag);
        Person amA = person("am-a", "ACCOUNT_MANAGER", "客户一部 " + tag);
        Person amB = person("am-b", "ACCOUNT_MANAGER", "客户二部 " + tag);
        Person engineer = person("eng", "NOC_ENGINEER", "网管中心 " + tag);
        TestSite x = TestSite.create(admin(), "PE");
        TestSite y = TestSite.create(admin(), "PE");
        TestSite z = TestSite.create(admin(), "PE");
        String c1 = customer("AA", amA.id);
        String c2 = customer("B", amA.id);
        String c3 = customer("A", amB.id);
        x.circuits(x.ddn("X1-" + tag, c1, 1, "E1-1"), x.ddn("X2-" + tag, c3, 2, "E1-2"));
        y.circuits(y.ddn("Y1-" + tag, c2, 1, "E1-1"), y.ddn("Y3-" + tag, c3, 3, "E1-3"));
        z.circuits(z.ddn("Z1-" + tag, c1, 1, "E1-1"));
        return new World(tag, engineer, amA, amB, managerA, managerB, x, y, z, c1, c2, c3);
    }

    private Person person(String prefix, String role, String department) {
        String id = unique(prefix + "-").toLowerCase();
        String email = id + "@kexiang.test";
        Response created = admin().post("/api/v1/people", """
                {"employeeId":"%s","name":"%s","department":"%s","roles":["%s"],"email":"%s"}"""
                .formatted(id, "测试 " + id, department, role, email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(admin().put("/api/v1/people/" + id + "/password", "{\"newPassword\":\"correct-horse-1\"}")
                .status()).isEqualTo(204);
        return new Person(id, email, anonymous().as(id, "correct-horse-1"));
    }

    private String customer(String tier, String accountManager) {
        String code = unique("CC-");
        Response created = admin().post("/api/v1/customers", """
                {"customerCode":"%s","name":"测试客户 %s","tier":"%s","accountManagerEmployeeId":"%s"}"""
                .formatted(code, code, tier, accountManager));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    private record Person(String id, String email, Api api) {
    }

    private record World(String tag, Person engineerPerson, Person amA, Person amB, Person managerA,
                         Person managerB, TestSite x, TestSite y, TestSite z, String c1, String c2, String c3) {

        Api engineer() {
            return engineerPerson.api();
        }

        JsonNode planOnXAndY(Instant start, Instant end) {
            Response created = engineer().post(PLANS, body(start, end, false));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            return created.json();
        }

        String body(Instant start, Instant end, boolean emergency) {
            return """
                    {"title":"核心PE板卡更换 line card swap","reason":"板卡老化 ageing card",
                     "executingUnit":"天津传输中心","windowStart":"%s","windowEnd":"%s","riskLevel":"medium",
                     "rollbackPlan":"恢复原板卡 put the old card back","emergency":%s,
                     "scope":[{"networkElement":"%s"},{"networkElement":"%s"}]}"""
                    .formatted(start, end, emergency, x.element, y.element);
        }
    }
}
