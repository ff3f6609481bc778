package io.kexiang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A reply speaks one language: the one {@code Accept-Language} asks for among Chinese and English, else the
 * default (zh-CN). Titles, details and each field's reason alike, whether Bean Validation, Kexiang's own checks,
 * a servlet filter or Spring itself found the problem.
 */
class ReplyLanguageIT extends ApplicationIT {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(must|required|not|the|is|be|of|a)\\b");

    /** Bean Validation (the circuit id's pattern, a blank customer, DLCI over 1007) and Kexiang (an E1 line on FR). */
    private static final String MIXED_PROBLEMS = """
            circuit_id,customer_code,type,status,a_ne,a_if_index,dlci,e1_line
            bad id!,,FR,IN_SERVICE,TJ-NK-FR02,77,5000,E1-1
            GOOD-ID,TJ-C0004,FRX,IN_SERVICE,TJ-NK-FR02,78,100,
            """;

    @Test
    void withoutAcceptLanguageAnImportRefusedForManyReasonsIsAnsweredWhollyInChinese() {
        Response refused = admin().postCsv("/api/v1/import/circuits", MIXED_PROBLEMS);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors")).hasSizeGreaterThanOrEqualTo(5);
        assertWhollyChinese(refused);
        assertThat(reasonOf(refused, "e1_line")).contains("FR");
        assertThat(refused.header("Content-Language")).startsWith("zh");
    }

    @Test
    void askedForEnglishTheSameImportIsAnsweredWhollyInEnglish() {
        Response refused = admin().speaking("en-US,en;q=0.9").postCsv("/api/v1/import/circuits", MIXED_PROBLEMS);

        assertThat(refused.status()).isEqualTo(422);
        assertWhollyEnglish(refused);
        assertThat(reasonOf(refused, "circuit_id")).contains("letters, digits");
        assertThat(reasonOf(refused, "customer_code")).isEqualTo("required");
        assertThat(reasonOf(refused, "dlci")).contains("1007");
        assertThat(refused.header("Content-Language")).isEqualTo("en");
    }

    @Test
    void theFirstLanguageKexiangSpeaksWinsAndAnUnknownOneGetsTheDefault() {
        assertWhollyChinese(admin().speaking("zh-TW,en;q=0.5").get("/api/v1/customers/NO-SUCH-CUSTOMER"));
        assertWhollyEnglish(admin().speaking("fr-FR,en;q=0.5").get("/api/v1/customers/NO-SUCH-CUSTOMER"));
        assertWhollyChinese(admin().speaking("fr-FR").get("/api/v1/customers/NO-SUCH-CUSTOMER"));
    }

    @Test
    void theServletFiltersSpeakTheRequestsLanguageToo() {
        Response chinese = anonymous().get("/api/v1/me");
        Response english = anonymous().speaking("en").get("/api/v1/me");

        assertThat(chinese.status()).isEqualTo(401);
        assertWhollyChinese(chinese);
        assertThat(english.status()).isEqualTo(401);
        assertWhollyEnglish(english);
        assertThat(english.json().get("title").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void springsOwnRefusalsAndUnreadableBodiesAreInTheCatalogue() {
        List<Api> callers = List.of(admin(), admin().speaking("en"));
        for (Api caller : callers) {
            Response wrongMethod = caller.delete("/api/v1/fault-reasons");
            Response wrongKind = caller.post("/api/v1/customers",
                    "{\"customerCode\":\"LANG-1\",\"name\":\"某\",\"tier\":\"GOLD\"}");
            Response notJson = caller.post("/api/v1/customers", "{\"customerCode\": ");

            assertThat(wrongMethod.status()).isEqualTo(405);
            assertThat(wrongKind.status()).isEqualTo(400);
            assertThat(wrongKind.json().at("/errors/0/field").asText()).isEqualTo("tier");
            assertThat(wrongKind.json().at("/errors/0/reason").asText()).contains("AAA");
            assertThat(notJson.status()).isEqualTo(400);
            for (Response reply : List.of(wrongMethod, wrongKind, notJson)) {
                if (caller == callers.get(0)) {
                    assertWhollyChinese(reply);
                } else {
                    assertWhollyEnglish(reply);
                }
            }
        }
    }

    private static void assertWhollyChinese(Response reply) {
        for (String said : said(reply)) {
            assertThat(CHINESE.matcher(said).find()).as("Chinese: %s", said).isTrue();
            assertThat(ENGLISH_WORDS.matcher(said).find()).as("no English words: %s", said).isFalse();
        }
    }

    private static void assertWhollyEnglish(Response reply) {
        for (String said : said(reply)) {
            assertThat(CHINESE.matcher(said).find()).as("English: %s", said).isFalse();
        }
    }

    /** What Kexiang says in a problem: its title, its detail and each field's reason (not the values echoed). */
    private static List<String> said(Response reply) {
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        List<String> said = new ArrayList<>(List.of(problem.get("title").asText(), problem.get("detail").asText()));
        problem.path("errors").forEach(error -> said.add(error.get("reason").asText()));
        return said;
    }

    private static String reasonOf(Response reply, String field) {
        for (JsonNode error : reply.json().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("reason").asText();
            }
        }
        throw new AssertionError("no problem with " + field + " in " + reply.body());
    }
}
