package io.kexiang.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.PdfText;
import io.kexiang.support.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A ticket declared by hand and taken through its whole life over TMF621, with every refusal it should meet. */
class TicketLifecycleIT extends ApplicationIT {

    private static final String TICKETS = TicketOpeningIT.TICKETS;

    private Api accountManager;
    private Api engineer;

    @BeforeEach
    void people() {
        demoInventory();
        // TJ-DDN-000123's customer, TJ-C0003, is am002's.
        accountManager = demoPerson("am002");
        engineer = person("\"NOC_ENGINEER\"");
    }

    private long declare() {
        Response declared = accountManager.post(TICKETS, """
                {"description":"客户反映专线中断 the customer reports the line down","severity":"major",
                 "ticketType":"fault","relatedEntity":[{"id":"TJ-DDN-000123","role":"affectedCircuit",
                 "@referredType":"Circuit"}],"note":[{"text":"客户电话报障 reported by phone"}]}""");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return declared.json().get("id").asLong();
    }

    private Response move(Api who, long id, String body) {
        return who.patch(TICKETS + "/" + id, body);
    }

    @Test
    void aDeclaredFaultGoesFromAcceptedToClosedThroughAPauseAndAReturnVisitThatReopensIt() throws Exception {
        long id = declare();
        JsonNode opened = admin().get(TICKETS + "/" + id).json();
        assertThat(opened.get("origin").asText()).isEqualTo("manual");
        assertThat(opened.get("priority").asText()).isEqualTo("urgent");
        assertThat(opened.get("tier").asText()).as("TJ-C0003 of the demo").isEqualTo("AA");
        assertThat(opened.get("note").get(0).get("text").asText()).contains("reported by phone");
        assertThat(TicketOpeningIT.TMF621.violations("TroubleTicket", opened)).isEmpty();

        assertThat(move(engineer, id, "{\"status\":\"inProgress\"}").json().at("/sla/responseMet").asBoolean())
                .isTrue();
        JsonNode assigned = move(engineer, id, """
                {"relatedParty":[{"id":"ts001","role":"assignee","@referredType":"Individual"}],
                 "assigneeGroup":"技术支撑室"}""").json();
        assertThat(assigned.get("relatedParty")).anySatisfy(party -> {
            assertThat(party.get("role").asText()).isEqualTo("assignee");
            assertThat(party.get("id").asText()).isEqualTo("ts001");
        });
        assertThat(assigned.get("assigneeGroup").asText()).isEqualTo("技术支撑室");
        // The customer is named once, when the ticket is linked; this one was linked when it was declared.
        assertThat(move(engineer, id, """
                {"relatedParty":[{"id":"TJ-C0001","role":"customer","@referredType":"Organization"}]}""").status())
                .isEqualTo(409);
        Response heldWithoutReason = move(engineer, id, "{\"status\":\"held\"}");
        JsonNode held = move(engineer, id, "{\"status\":\"held\",\"statusChangeReason\":\"客户机房无法进入 no access\"}")
                .json();
        Thread.sleep(1100);
        JsonNode resumed = move(engineer, id, "{\"status\":\"inProgress\"}").json();
        Response noReason = move(engineer, id, "{\"status\":\"resolved\"}");
        Response unknownReason = move(engineer, id, "{\"status\":\"resolved\",\"faultReason\":\"GREMLINS\"}");
        JsonNode resolved = move(engineer, id, """
                {"status":"resolved","faultReason":"FIBER_CUT","resolution":"熔接光缆 fibre spliced"}""").json();

        assertThat(heldWithoutReason.status()).isEqualTo(400);
        assertThat(held.get("status").asText()).isEqualTo("held");
        assertThat(resumed.at("/sla/pausedSeconds").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(Duration.between(Instant.parse(opened.get("expectedResolutionDate").asText()),
                Instant.parse(resumed.get("expectedResolutionDate").asText())).toSeconds())
                .as("the restoration deadline moved by the pause").isGreaterThanOrEqualTo(1);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(unknownReason.status()).isEqualTo(400);
        assertThat(resolved.get("status").asText()).isEqualTo("resolved");
        assertThat(resolved.get("faultReason").asText()).isEqualTo("FIBER_CUT");
        assertThat(resolved.get("resolutionDate").asText()).isNotBlank();

        JsonNode reopened = move(accountManager, id, """
                {"returnVisit":{"confirmed":false,"comment":"客户称仍有丢包 still losing packets"}}""").json();
        assertThat(reopened.get("status").asText()).isEqualTo("inProgress");
        move(engineer, id, "{\"status\":\"resolved\",\"faultReason\":\"EQUIPMENT\"}");
        JsonNode closed = move(accountManager, id, """
                {"returnVisit":{"confirmed":true,"satisfaction":"satisfied"}}""").json();
        Response afterClose = move(engineer, id, "{\"status\":\"inProgress\"}");

        assertThat(closed.get("status").asText()).isEqualTo("closed");
        assertThat(closed.at("/returnVisit/confirmed").asBoolean()).isTrue();
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(afterClose.json().get("detail").asText()).contains("closed");
        List<String> statuses = new ArrayList<>();
        closed.get("statusChange").forEach(change -> statuses.add(change.get("status").asText()));
        assertThat(statuses).containsExactly("acknowledged", "inProgress", "held", "inProgress", "resolved",
                "inProgress", "resolved", "closed");

        Response html = accountManager.get("/api/v1/tickets/" + id + "/report.html");
        Response pdf = accountManager.get("/api/v1/tickets/" + id + "/report.pdf");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains(closed.get("ticketNumber").asText(), "网元设备故障", "TJ-DDN-000123",
                "客户电话报障");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(PdfText.of(accountManager.download("/api/v1/tickets/" + id + "/report.pdf"))).contains(closed.get("ticketNumber").asText(), "故障报告",
                "TJ-DDN-000123");
        try (var excel = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                accountManager.download("/api/v1/tickets/" + id + "/report.xlsx")))) {
            assertThat(excel.getSheetAt(0).getSheetName()).isEqualTo("故障报告 " + closed.get("ticketNumber").asText());
            assertThat(excel.getSheetAt(0).getRow(9).getCell(1).getStringCellValue()).isEqualTo("TJ-DDN-000123");
            assertThat(excel.getSheetAt(1).getLastRowNum()).as("every status change").isEqualTo(statuses.size());
        }
        assertThat(TicketOpeningIT.TMF621.violations("TroubleTicket", closed)).isEmpty();
    }

    @Test
    void anAccountManagerSeesOnlyTheirOwnCustomersTicketsReportsAndAlarms() {
        long theirs = declare();
        Api other = demoPerson("am001");

        assertThat(other.get(TICKETS + "?limit=1000").json()).extracting(t -> t.get("id").asText())
                .doesNotContain(String.valueOf(theirs));
        assertThat(other.get(TICKETS + "/" + theirs).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/tickets/" + theirs + "/journal").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/tickets/" + theirs + "/report.html").status()).isEqualTo(404);
        assertThat(other.patch(TICKETS + "/" + theirs, "{\"note\":[{\"text\":\"x\"}]}").status()).isEqualTo(404);
        assertThat(other.post(TICKETS, """
                {"description":"别人的客户 not theirs","severity":"major","ticketType":"fault",
                 "relatedEntity":[{"id":"TJ-DDN-000123","@referredType":"Circuit"}]}""").status()).isEqualTo(403);
        assertThat(accountManager.get(TICKETS + "/" + theirs).status()).isEqualTo(200);
        assertThat(engineer.get(TICKETS + "/" + theirs).status()).isEqualTo(200);
        assertThat(other.get("/tmf-api/alarmManagement/v4/alarm?limit=1000").json()).allSatisfy(alarm ->
                assertThat(alarm.get("accountManager").toString()).contains("am001"));
    }

    @Test
    void anAccountManagerTakingATicketInHandDoesNotMeetTheNocsResponse() {
        long id = declare();

        JsonNode taken = move(accountManager, id, "{\"status\":\"inProgress\"}").json();

        assertThat(taken.get("status").asText()).isEqualTo("inProgress");
        assertThat(taken.at("/sla/responseMet").asBoolean()).isFalse();
    }

    @Test
    void aPatchThatCannotBeAppliedWholeIsA400AndChangesNothing() {
        long id = declare();
        int notesBefore = admin().get(TICKETS + "/" + id).json().get("note").size();

        Response unknownStatus = move(engineer, id, "{\"status\":\"nanana\"}");
        Response noteAsText = move(engineer, id, "{\"note\":\"just text\",\"status\":\"inProgress\"}");
        Response noteWithoutText = move(engineer, id, "{\"note\":[{\"author\":\"x\"}]}");
        Response visitNotAnObject = move(engineer, id, "{\"returnVisit\":true}");
        Response foreignAttribute = move(engineer, id, "{\"severity\":\"minor\"}");
        Response reasonWithoutResolving = move(engineer, id, "{\"faultReason\":\"FIBER_CUT\"}");

        for (Response refused : List.of(unknownStatus, noteAsText, noteWithoutText, visitNotAnObject,
                foreignAttribute, reasonWithoutResolving)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        }
        assertThat(foreignAttribute.body()).contains("severity").contains("returnVisit");
        JsonNode after = admin().get(TICKETS + "/" + id).json();
        assertThat(after.get("status").asText()).isEqualTo("acknowledged");
        assertThat(after.get("note")).hasSize(notesBefore);

        JsonNode oneNote = move(engineer, id, "{\"note\":{\"text\":\"一条备注 one note\"}}").json();
        assertThat(oneNote.get("note")).hasSize(notesBefore + 1);
    }

    @Test
    void aTicketAsTmf621AllowsItNamingNoCircuitWaitsInTriageUntilTheNocLinksIt() {
        Response token = admin().post("/api/v1/api-tokens", """
                {"name":"%s","roles":["NMS_CLIENT"]}""".formatted(unique("oss-")));
        Api oss = anonymous().withToken(token.json().get("token").asText());

        Response taken = oss.post(TICKETS, """
                {"description":"客户来电：专线不通 the customer's line is down","severity":"major",
                 "ticketType":"connectivity"}""");

        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        JsonNode ticket = taken.json();
        String id = ticket.get("id").asText();
        assertThat(ticket.get("ticketType").asText()).as("as the client sent it").isEqualTo("connectivity");
        assertThat(ticket.get("kind").asText()).isEqualTo("fault");
        assertThat(ticket.get("triage").asBoolean()).isTrue();
        assertThat(admin().get(TICKETS + "?triage=true&limit=1000").json()).extracting(t -> t.get("id").asText())
                .contains(id);
        assertThat(admin().get(TICKETS + "?ticketType=connectivity&limit=1000").json())
                .extracting(t -> t.get("id").asText()).contains(id);
        assertThat(admin().get(TICKETS + "?triage=maybe").status()).isEqualTo(400);

        JsonNode linked = move(engineer, Long.parseLong(id), """
                {"relatedEntity":[{"id":"TJ-DDN-000123","@referredType":"Circuit"}]}""").json();
        assertThat(linked.get("triage").asBoolean()).isFalse();
        assertThat(linked.get("tier").asText()).isEqualTo("AA");
        assertThat(linked.get("relatedParty").toString()).contains("TJ-C0003", "am002");
        assertThat(Duration.between(Instant.parse(linked.get("creationDate").asText()),
                Instant.parse(linked.get("expectedResolutionDate").asText()))).isEqualTo(Duration.ofHours(8));
        assertThat(move(engineer, Long.parseLong(id), """
                {"relatedParty":[{"id":"TJ-C0001","role":"customer"}]}""").status()).isEqualTo(409);
    }

    @Test
    void badTicketsAndBadMovesAreRefusedWithTheReason() {
        Response missing = accountManager.post(TICKETS, "{\"ticketType\":\"fault\"}");
        Response noCircuit = accountManager.post(TICKETS, """
                {"description":"x","severity":"minor","ticketType":"fault","relatedEntity":[{"id":"NO-SUCH",
                 "role":"affectedCircuit","@referredType":"Circuit"}]}""");
        Response consultation = accountManager.post(TICKETS, """
                {"description":"咨询带宽升级 asks about a bandwidth upgrade","severity":"minor",
                 "ticketType":"consultation","relatedParty":[{"id":"TJ-C0003","role":"customer",
                 "@referredType":"Organization"}]}""");
        long id = declare();
        Response skip = move(engineer, id, "{\"status\":\"closed\"}");
        Response earlyReport = engineer.get("/api/v1/tickets/" + id + "/report.html");
        Response foreign = move(engineer, id, "{\"priority\":\"complex\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(noCircuit.status()).isEqualTo(400);
        assertThat(consultation.status()).as(consultation.body()).isEqualTo(201);
        assertThat(Duration.between(Instant.parse(consultation.json().get("creationDate").asText()),
                Instant.parse(consultation.json().get("expectedResolutionDate").asText())))
                .isEqualTo(Duration.ofHours(24));
        assertThat(skip.status()).isEqualTo(409);
        assertThat(earlyReport.status()).as("no report before the fault is resolved").isEqualTo(409);
        assertThat(skip.json().get("detail").asText()).contains("acknowledged");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(admin().get(TICKETS + "?colour=red").status()).isEqualTo(400);
        assertThat(admin().get(TICKETS + "/987654321").status()).isEqualTo(404);
        assertThat(admin().get(TICKETS + "?ticketType=consultation&fields=status").json().get(0).properties())
                .extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrder("id", "href", "status");
        assertThat(admin().get("/api/v1/fault-reasons").body()).contains("FIBER_CUT");
    }
}
