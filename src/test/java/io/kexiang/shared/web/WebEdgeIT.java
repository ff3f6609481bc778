package io.kexiang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import org.junit.jupiter.api.Test;

/** What every request meets at the edge, before any module's own checks: roles first, limits, plain errors. */
class WebEdgeIT extends ApplicationIT {

    private static final String ALARMS = "/tmf-api/alarmManagement/v4/alarm";

    @Test
    void aRoleThatMayNotUseAnEndpointIsForbiddenBeforeItsBodyIsChecked() {
        Api accountManager = person("\"ACCOUNT_MANAGER\"");
        Api engineer = person("\"NOC_ENGINEER\"");

        assertThat(accountManager.post("/api/v1/cutovers", "{}").status()).isEqualTo(403);
        assertThat(engineer.post("/api/v1/people", "{}").status()).isEqualTo(403);
        assertThat(engineer.post("/api/v1/people", "{\"roles\":\"not-a-list\"}").status()).isEqualTo(403);
    }

    @Test
    void machinesCannotReadTicketJournalsOrTheFaultReasonCatalogue() {
        Api nms = nms();

        assertThat(nms.get("/api/v1/fault-reasons").status()).isEqualTo(403);
        assertThat(nms.get("/api/v1/tickets/1/journal").status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/fault-reasons").status()).isEqualTo(200);
    }

    @Test
    void aNulCharacterInAFilterIsA400NamingTheParameterAndNoSqlLeaks() {
        Response nul = admin().getAsWritten("/api/v1/events?ne=a%00b");

        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.header("Content-Type")).startsWith("application/problem+json");
        assertThat(nul.json().at("/errors/0/field").asText()).isEqualTo("ne");
        assertThat(nul.body()).doesNotContainIgnoringCase("sql").doesNotContain("ERROR:");
    }

    @Test
    void anUnknownPathOrATrailingSlashIsAPlainNotFound() {
        for (String path : new String[] {"/api/v1/no-such-thing", "/api/v1/circuits/"}) {
            Response missing = admin().get(path);

            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
            assertThat(missing.body()).doesNotContainIgnoringCase("static resource");
        }
    }

    @Test
    void aJsonBodyOverTheLimitIsA413() {
        String huge = "{\"alarmDetails\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        Response refused = nms().post(ALARMS, huge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anAlarmFieldLongerThanItsColumnIsA400NamingFieldAndLimitAndNothingIsArchived() {
        long archivedBefore = archivedFrom("edge-nms");
        Response details = nms().post(ALARMS, alarm("\"alarmDetails\":\"%s\"".formatted("长".repeat(1100))));
        Response cause = nms().post(ALARMS, alarm("\"probableCause\":\"%s\"".formatted("c".repeat(600))));
        Response dlci = nms().post(ALARMS, alarm("\"resource\":{\"dlci\":99999}"));
        Response ack = nms().post(ALARMS, alarm("\"ackState\":\"maybe\""));

        assertThat(details.status()).isEqualTo(400);
        assertThat(problem(details, "alarmDetails").get("reason").asText()).contains("1024");
        assertThat(details.body()).doesNotContain("varying").doesNotContain("COPY");
        assertThat(cause.status()).isEqualTo(400);
        assertThat(problem(cause, "probableCause").get("reason").asText()).contains("128");
        assertThat(dlci.status()).isEqualTo(400);
        assertThat(problem(dlci, "resource.dlci").get("reason").asText()).contains("1023");
        assertThat(ack.status()).isEqualTo(400);
        assertThat(problem(ack, "ackState")).isNotNull();
        assertThat(archivedFrom("edge-nms")).isEqualTo(archivedBefore);
    }

    @Test
    void aFlagFilterIsTrueOrFalseAndNothingElse() {
        assertThat(admin().get(ALARMS + "?isRootCause=true").status()).isEqualTo(200);
        for (String flag : new String[] {"1", "yes", "ture"}) {
            Response bad = admin().get(ALARMS + "?isRootCause=" + flag);

            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("isRootCause");
        }
    }

    @Test
    void everyAnswerCarriesAContentSecurityAndAReferrerPolicy() {
        for (Response response : new Response[] {admin().get("/api/v1/me"), anonymous().get("/api/v1/me")}) {
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
            assertThat(response.header("Referrer-Policy")).isNotBlank();
        }
    }

    @Test
    void aContainsFilterMatchesPercentAndUnderscoreAsWritten() {
        String code = unique("LIKE-");
        admin().postCsv("/api/v1/import/customers", "customer_code,name,tier\n" + code + ",百分之百%客户,B\n");

        assertThat(admin().getAsWritten("/api/v1/customers?name=%25&limit=1000").json()).allSatisfy(customer ->
                assertThat(customer.get("name").asText()).contains("%"));
        assertThat(admin().getAsWritten("/api/v1/customers?name=%25&limit=1000").json().toString()).contains(code);
        assertThat(admin().get("/api/v1/customers?name=_&limit=1000").json()).allSatisfy(customer ->
                assertThat(customer.get("name").asText()).contains("_"));
    }

    private static String alarm(String extra) {
        return """
                {"alarmType":"communicationsAlarm","perceivedSeverity":"major","probableCause":"lossOfSignal",
                 "alarmedObject":{"id":"EDGE-NE"},"sourceSystemId":"edge-nms","state":"raised",
                 "alarmRaisedTime":"2026-12-01T08:00:00Z",%s}""".formatted(extra);
    }

    private long archivedFrom(String source) {
        return admin().get("/api/v1/events?source=" + source + "&limit=1000").json().size();
    }

    private static JsonNode problem(Response response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error;
            }
        }
        throw new AssertionError("no problem about " + field + " in " + response.body());
    }
}
