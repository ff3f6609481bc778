package io.kexiang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecurityIT extends ApplicationIT {

    @Test
    void healthIsOpenAndReportsTheDatabase() {
        // Camel reports a route's consumer DOWN until its first poll (readiness stays pessimistic at start-up).
        await().atMost(Duration.ofSeconds(20)).until(() -> anonymous().get("/actuator/health").status() == 200);
        Response health = anonymous().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
    }

    @Test
    void everythingElseNeedsASignedInCaller() {
        Response anonymousCall = anonymous().get("/api/v1/circuits");
        Response wrongPassword = anonymous().as("admin", "not-the-password").get("/api/v1/circuits");

        assertThat(anonymousCall.status()).isEqualTo(401);
        assertThat(anonymousCall.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymousCall.header("WWW-Authenticate")).contains("Basic");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
    }

    @Test
    void aNocEngineerReadsTheInventoryButCannotChangeIt() {
        Api engineer = person("\"NOC_ENGINEER\"");

        Response read = engineer.get("/api/v1/circuits");
        Response write = engineer.postCsv("/api/v1/import/customers", "customer_code,name,tier\nX,某,AAA\n");

        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("title").asText()).isEqualTo("无权操作");
        assertThat(engineer.get("/api/v1/api-tokens").status()).isEqualTo(403);
    }

    @Test
    void anAccountManagerReadsTheirOwnCustomersOnly() {
        demoInventory();
        Api manager = demoPerson("am001");

        Response list = manager.get("/api/v1/customers?limit=1000");
        Response askedForOthers = manager.get("/api/v1/customers?accountManager=am002");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("customerCode")).contains("TJ-C0001").doesNotContain("TJ-C0003");
        assertThat(askedForOthers.json().findValuesAsText("customerCode")).doesNotContain("TJ-C0003");
        assertThat(manager.get("/api/v1/customers/TJ-C0001").status()).isEqualTo(200);
        Response others = manager.get("/api/v1/customers/TJ-C0003");
        assertThat(others.status()).isEqualTo(403);
        assertThat(others.json().get("detail").asText()).contains("TJ-C0003");
        assertThat(admin().get("/api/v1/customers/TJ-C0003").status()).isEqualTo(200);
    }

    @Test
    void aMachineTokenSignsInWithItsRolesOnlyAndStopsWorkingWhenRevoked() {
        Response issued = admin().post("/api/v1/api-tokens", """
                {"name":"%s"}""".formatted(unique("nce-")));
        String token = issued.json().get("token").asText();
        long id = issued.json().get("id").asLong();
        Api machine = anonymous().withToken(token);

        assertThat(issued.status()).isEqualTo(201);
        assertThat(token).startsWith("kx_");
        assertThat(issued.json().get("roles").get(0).asText()).isEqualTo("NMS_CLIENT");
        assertThat(machine.get("/api/v1/me").json().get("name").asText()).startsWith("token:nce-");
        assertThat(machine.get("/api/v1/circuits").status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/api-tokens").body()).doesNotContain(token);

        assertThat(admin().delete("/api/v1/api-tokens/" + id).status()).isEqualTo(204);
        assertThat(machine.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(anonymous().withToken("kx_forged").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailedSignInsLockTheNameOutEvenForTheRightPassword() {
        Api engineer = person("\"NOC_ENGINEER\"");
        String name = engineer.get("/api/v1/me").json().get("employeeId").asText();
        Api guesser = anonymous().as(name, "wrong-guess-0");

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(guesser.get("/api/v1/me").status()).isEqualTo(401);
        }
        Response locked = engineer.get("/api/v1/me");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isPositive();
        assertThat(admin().get("/api/v1/people/" + name).json().get("failedLoginCount").asInt()).isEqualTo(5);
    }

    @Test
    void aPersonChangesTheirOwnPasswordAndNeverSeesAHash() {
        Api engineer = person("\"NOC_ENGINEER\",\"TECH_SPECIALIST\"");
        JsonNode me = engineer.get("/api/v1/me").json();
        Api renewed = anonymous().as(me.get("employeeId").asText(), "new-password-22");

        Response weak = engineer.put("/api/v1/me/password", """
                {"currentPassword":"correct-horse-1","newPassword":"short"}""");
        Response wrongCurrent = engineer.put("/api/v1/me/password", """
                {"currentPassword":"nope-nope-nope","newPassword":"new-password-22"}""");
        Response changed = engineer.put("/api/v1/me/password", """
                {"currentPassword":"correct-horse-1","newPassword":"new-password-22"}""");

        assertThat(weak.status()).isEqualTo(400);
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(renewed.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(me.toString()).doesNotContain("$2a$").doesNotContain("password\"");
        assertThat(admin().get("/api/v1/audit?entityType=person&entityKey=" + me.get("employeeId").asText()).body())
                .contains("password_changed").doesNotContain("$2a$");
    }

    @Test
    void disablingAPersonIsAuditedAsTheAdministratorWhoDidIt() {
        String person = newPerson("\"NOC_ENGINEER\"");

        assertThat(admin().delete("/api/v1/people/" + person).status()).isEqualTo(204);

        JsonNode trail = admin().get("/api/v1/audit?entityType=person&entityKey=" + person).json();
        assertThat(trail.get(0).get("after").get("enabled").asBoolean()).isFalse();
        assertThat(trail.get(0).get("actor").asText()).isEqualTo("admin");
    }
}
