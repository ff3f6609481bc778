package io.kexiang.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.kexiang.KexiangApplication;
import io.kexiang.ingest.TrapPorts;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.FixedClock;
import io.kexiang.support.MutableClock;
import io.kexiang.support.TestClocks;
import io.kexiang.support.TestSite;
import io.kexiang.support.TrapSender;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SLA timeline with a clock the test moves: hours of deadlines in seconds, escalation e-mails caught by a real
 * SMTP server (GreenMail).
 */
@FixedClock
// It delivers outbox messages to its own mail server: closed afterwards, it takes no other test's messages.
@DirtiesContext
class TicketEscalationIT extends ApplicationIT {

    /**
     * Longer than any test here takes in real time: the other applications the suite keeps alive on the same
     * database run on the real clock, and must not be the ones to see a hold-off end.
     */
    private static final Duration HOLD_OFF = Duration.ofMinutes(10);

    private static final Duration PAST_HOLD_OFF = HOLD_OFF.plusSeconds(1);

    private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }



    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("kexiang.outbox.deliver", () -> "true");
        properties.add("kexiang.outbox.poll", () -> "200ms");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        properties.add("kexiang.ticket.escalation.scan-interval", () -> "200ms");
        properties.add("kexiang.ticket.hold-off", () -> HOLD_OFF.toString());
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Autowired
    MutableClock clock;

    @Autowired
    TrapPorts ports;

    private JsonNode ticket(String id) {
        return admin().get(TicketOpeningIT.TICKETS + "/" + id).json();
    }

    /** Mail about this ticket, by recipient. */
    private List<String> mailedAbout(String number) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getSubject().contains(number) && message.getSubject().contains("升级至")) {
                for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                    to.add(recipient.toString());
                }
            }
        }
        return to;
    }

    /** Distinct mails (GreenMail keeps one copy per recipient) about this ticket's escalation to someone. */
    private long mailsTo(String recipient, String number) throws Exception {
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getSubject().contains(number) && message.getSubject().contains("升级至")
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .anyMatch(to -> to.toString().equals(recipient))) {
                ids.add(message.getMessageID());
            }
        }
        return ids.size();
    }

    private long escalations(String id) {
        JsonNode journal = admin().get("/api/v1/tickets/" + id + "/journal").json();
        long count = 0;
        for (JsonNode entry : journal) {
            count += entry.get("action").asText().equals("escalated") ? 1 : 0;
        }
        return count;
    }

    /** A link down on an AA customer's circuit, and the ticket it opens once the clock passes the hold-off. */
    private JsonNode aTicket() {
        demoInventory();
        clock.set(Instant.now());
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("AA");
        site.circuits(site.ddn("ESC-" + site.element, customer, 5, "E1-5"));
        try (TrapSender traps = new TrapSender(ports.udpPort())) {
            traps.linkDown(site.address, 5);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !admin().get(
                "/tmf-api/alarmManagement/v4/alarm?networkElement=" + site.element).json().isEmpty());
        clock.advance(PAST_HOLD_OFF);
        JsonNode[] opened = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode tickets = admin().get(TicketOpeningIT.TICKETS + "?customer=" + customer).json();
            opened[0] = tickets.isEmpty() ? null : tickets.get(0);
            return opened[0] != null;
        });
        return opened[0];
    }

    /**
     * Issue 5's timeline on the test's clock, from the trap to the closed ticket: the hold-off, a blip that clears
     * inside it, a second alarm joining, both escalation steps with their mail, a pause, the return visit.
     */
    @Test
    void aFaultFromTrapToClosedTicketOnTheTestsClock() throws Exception {
        demoInventory();
        Instant sent = Instant.now().truncatedTo(ChronoUnit.MILLIS); // the database keeps microseconds
        clock.set(sent);
        TestSite site = TestSite.create(admin(), "DDN_NODE");
        String customer = site.customer("AA");
        String blipped = site.customer("B");
        site.circuits(site.ddn("TL-" + site.element, customer, 5, "E1-5"),
                site.ddn("TB-" + site.element, blipped, 6, "E1-6"));
        try (TrapSender traps = new TrapSender(ports.udpPort())) {
            traps.linkDown(site.address, 5);
            traps.linkDown(site.address, 6);
            traps.linkUp(site.address, 6);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> admin().get(
                "/tmf-api/alarmManagement/v4/alarm?networkElement=" + site.element).json().size() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> tickets(customer).isEmpty());

        clock.advance(PAST_HOLD_OFF);
        await().atMost(Duration.ofSeconds(15)).until(() -> tickets(customer).size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> tickets(blipped).isEmpty());
        JsonNode opened = tickets(customer).get(0);
        String id = opened.get("id").asText();
        String number = opened.get("ticketNumber").asText();
        Instant created = Instant.parse(opened.get("creationDate").asText());
        assertThat(created).as("opened by the test's clock, once the hold-off was over")
                .isEqualTo(sent.plus(PAST_HOLD_OFF));

        try (TrapSender traps = new TrapSender(ports.udpPort())) {
            traps.send(site.address, "1.3.6.1.2.1.10.18.15.0.1", "1.3.6.1.2.1.10.18.6.1.10.5", 64);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> admin().get(
                "/tmf-api/alarmManagement/v4/alarm?networkElement=" + site.element).json().size() == 3);
        clock.advance(PAST_HOLD_OFF);
        await().atMost(Duration.ofSeconds(10)).until(() -> ticket(id).get("relatedEntity").toString()
                .split("\"Alarm\"", -1).length - 1 == 2);
        assertThat(tickets(customer)).as("the E1 alarm on the same circuit joined").hasSize(1);

        clock.set(created.plus(Duration.ofMinutes(97)));
        await().atMost(Duration.ofSeconds(10)).until(() -> ticket(id).get("escalationLevel").asInt() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> mailedAbout(number).contains("zhang.wei@tj.example.com"));

        clock.set(created.plus(Duration.ofMinutes(121)));
        await().atMost(Duration.ofSeconds(10)).until(() -> ticket(id).get("escalationLevel").asInt() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> mailedAbout(number).contains("liu.yang@tj.example.com"));

        assertThat(ticket(id).at("/sla/responseDue").asText()).isEqualTo(created.plus(Duration.ofHours(2))
                .toString());
        Api engineer = person("\"NOC_ENGINEER\"");
        Api accountManager = demoPerson("am001");
        engineer.patch(TicketOpeningIT.TICKETS + "/" + id, "{\"status\":\"inProgress\"}");
        engineer.patch(TicketOpeningIT.TICKETS + "/" + id,
                "{\"status\":\"pending\",\"statusChangeReason\":\"等待客户开门 waiting for the customer\"}");
        clock.advance(Duration.ofHours(1));
        JsonNode resumed = engineer.patch(TicketOpeningIT.TICKETS + "/" + id, "{\"status\":\"inProgress\"}").json();
        assertThat(Instant.parse(resumed.get("expectedResolutionDate").asText()))
                .as("AA restoration 8 h, plus the hour the customer's side took")
                .isEqualTo(created.plus(Duration.ofHours(9)));
        assertThat(resumed.at("/sla/responseMet").asBoolean()).isFalse();

        clock.set(created.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(385)));
        await().atMost(Duration.ofSeconds(10)).until(() -> ticket(id).get("escalationLevel").asInt() == 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> mailedAbout(number).contains(
                "chen.zhiqiang@tj.example.com"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> escalations(id) == 3);

        clock.set(created.plus(Duration.ofHours(9)).plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> escalations(id) == 4);
        assertThat(ticket(id).get("escalationLevel").asInt()).as("the VP is the top").isEqualTo(3);
        assertThat(mailsTo("zhang.wei@tj.example.com", number)).as("one mail per step, not per scan").isEqualTo(1);

        // The NMS never sent the linkUp: the engineer resolves on the site's word, and says so.
        String resolve = """
                {"status":"resolved","faultReason":"FIBER_CUT","openAlarmOverride":"现场已修复 repaired on site"}""";
        engineer.patch(TicketOpeningIT.TICKETS + "/" + id, resolve);
        JsonNode reopened = accountManager.patch(TicketOpeningIT.TICKETS + "/" + id,
                "{\"returnVisit\":{\"confirmed\":false,\"comment\":\"仍然中断 still down\"}}").json();
        assertThat(reopened.get("status").asText()).as("not confirmed: reopened").isEqualTo("inProgress");
        engineer.patch(TicketOpeningIT.TICKETS + "/" + id, resolve);
        JsonNode closed = accountManager.patch(TicketOpeningIT.TICKETS + "/" + id,
                "{\"returnVisit\":{\"confirmed\":true,\"satisfaction\":\"satisfied\"}}").json();
        assertThat(closed.get("status").asText()).isEqualTo("closed");
        List<String> statuses = new ArrayList<>();
        closed.get("statusChange").forEach(change -> statuses.add(change.get("status").asText()));
        assertThat(statuses).containsExactly("acknowledged", "inProgress", "pending", "inProgress", "resolved",
                "inProgress", "resolved", "closed");
    }

    private JsonNode tickets(String customer) {
        return admin().get(TicketOpeningIT.TICKETS + "?customer=" + customer).json();
    }

    @Test
    void anotherInstanceStartedBetweenStepsFiresTheNextStepOnceAndNotTheFirstAgain() {
        JsonNode ticket = aTicket();
        String id = ticket.get("id").asText();
        Instant created = Instant.parse(ticket.get("creationDate").asText());
        clock.set(created.plus(Duration.ofMinutes(97)));
        await().atMost(Duration.ofSeconds(10)).until(() -> escalations(id) == 1);

        // A second Kexiang on the same database, its clock past the response deadline: as after a restart.
        TestClocks.Restarted.NOW.set(created.plus(Duration.ofMinutes(121)));
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(KexiangApplication.class,
                TestClocks.Restarted.class).run("--server.port=0", "--spring.jmx.enabled=false",
                        "--kexiang.ingest.snmp.enabled=false", "--kexiang.ticket.escalation.scan-interval=200ms",
                        "--kexiang.ingest.file-drop.directory=target/test-drop-restarted")) {
            await().atMost(Duration.ofSeconds(15)).until(() -> escalations(id) == 2);
            assertThat(ticket(id).get("escalationLevel").asInt()).isEqualTo(2);
            JsonNode journal = admin().get("/api/v1/tickets/" + id + "/journal").json();
            assertThat(journal.toString()).contains("response-warning", "response-breach");
        }
        assertThat(escalations(id)).isEqualTo(2);
    }

    @Test
    void aColdStartHittingThreeCustomersIsAMajorIncidentAndTheEmergencyGroupIsTold() {
        demoInventory();
        clock.set(Instant.now());
        TestSite site = TestSite.create(admin(), "PE");
        List<String> customers = List.of(site.customer("A"), site.customer("B"), site.customer("AA"));
        site.circuits(site.ddn("MI1-" + site.element, customers.get(0), 1, "E1-1"),
                site.ddn("MI2-" + site.element, customers.get(1), 2, "E1-2"),
                site.ddn("MI3-" + site.element, customers.get(2), 3, "E1-3"));
        try (TrapSender traps = new TrapSender(ports.udpPort())) {
            traps.send(site.address, TrapSender.COLD_START);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !admin().get(
                "/tmf-api/alarmManagement/v4/alarm?networkElement=" + site.element).json().isEmpty());
        clock.advance(PAST_HOLD_OFF);

        await().atMost(Duration.ofSeconds(15)).until(() -> customers.stream().allMatch(customer ->
                admin().get(TicketOpeningIT.TICKETS + "?customer=" + customer).json().size() == 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> admin().get(TicketOpeningIT.TICKETS + "?customer="
                + customers.get(0)).json().get(0).path("emergencyLevel").asText().equals("一般 general"));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (message.getSubject().contains("重大故障") && Arrays.stream(message.getRecipients(
                        Message.RecipientType.TO)).anyMatch(to -> to.toString().equals("chen.zhiqiang@tj.example.com"))
                        && new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                                .contains("影响客户数：3")) {
                    // The link opens the root alarm's page in the console (a person reads this), not the API's JSON.
                    String root = null;
                    for (JsonNode alarm : admin().get("/tmf-api/alarmManagement/v4/alarm?networkElement="
                            + site.element).json()) {
                        root = alarm.path("isRootCause").asBoolean() ? alarm.get("id").asText() : root;
                    }
                    assertThat(new String(message.getInputStream().readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8)).containsPattern("/alarms/" + root + "\\b")
                            .doesNotContain("tmf-api");
                    return true;
                }
            }
            return false;
        });
    }
}
