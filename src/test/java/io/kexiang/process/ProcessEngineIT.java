package io.kexiang.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine on Kexiang's database: the shipped processes, new versions beside running instances, task forms. */
class ProcessEngineIT extends ApplicationIT {

    @Autowired
    Processes processes;

    @Test
    void theShippedProcessesAreDeployedAtStartUp() {
        JsonNode definitions = admin().get("/api/v1/process-definitions").json();

        assertThat(definitions.findValuesAsText("key")).contains("resource-check", "circuit-order", "presales");
        assertThat(definitions.findValuesAsText("file")).contains("resource-check.bpmn20.xml",
                "circuit-order.bpmn20.xml", "presales.bpmn20.xml");
        JsonNode health = admin().get("/actuator/health").json().at("/components/processes");
        assertThat(health.get("status").asText()).as("every shipped file deployed").isEqualTo("UP");
        assertThat(health.at("/details/deadLetterJobs").asLong()).isZero();
    }

    @Test
    void aNewVersionDeployedWhileAnInstanceRunsLeavesItOnItsOwnVersionAndBothFinish() throws IOException {
        // Named afresh, so that no earlier deployment of the same file makes it a duplicate.
        Response first = admin().postFile("/api/v1/process-definitions", unique("kx-v1-") + ".bpmn20.xml",
                bpmn("kx-versions-v1.bpmn20.xml"));
        assertThat(first.status()).isEqualTo(201);
        int v1 = first.json().get(0).get("version").asInt();
        String old = processes.start("kx-versions", unique("OLD-"), Map.of());

        Response second = admin().postFile("/api/v1/process-definitions", unique("kx-v2-") + ".bpmn20.xml",
                bpmn("kx-versions-v2.bpmn20.xml"));
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get(0).get("version").asInt()).isEqualTo(v1 + 1);
        String current = processes.start("kx-versions", unique("NEW-"), Map.of());

        Api engineer = person("\"NOC_ENGINEER\"");
        complete(engineer, old, "第一步");
        assertThat(processes.currentSteps(old)).as("the old version has one step").isEmpty();
        complete(engineer, current, "第一步");
        assertThat(processes.currentSteps(current)).containsExactly("第二步（新版本）");
        complete(engineer, current, "第二步（新版本）");
        assertThat(processes.currentSteps(current)).isEmpty();

        List<Integer> versions = new ArrayList<>();
        admin().get("/api/v1/process-definitions").json().forEach(version -> {
            if (version.get("key").asText().equals("kx-versions")) {
                versions.add(version.get("version").asInt());
            }
        });
        assertThat(versions).as("newest first").contains(v1 + 1, v1).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void theSameFileDeployedAgainMakesNoNewVersion() throws IOException {
        admin().postFile("/api/v1/process-definitions", "kx-same.bpmn20.xml", bpmn("kx-versions-v1.bpmn20.xml"));
        Response again = admin().postFile("/api/v1/process-definitions", "kx-same.bpmn20.xml",
                bpmn("kx-versions-v1.bpmn20.xml"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEmpty();
    }

    @Test
    void aBrokenFileOrAWrongNameIsRefusedAndOnlyAnAdministratorDeploys() throws IOException {
        Response broken = admin().postFile("/api/v1/process-definitions", "kx-broken.bpmn20.xml",
                "<definitions><process id=\"x\"><userTask/></process>".getBytes());
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().get("errors").get(0).get("field").asText()).isEqualTo("file");

        Response named = admin().postFile("/api/v1/process-definitions", "kx.xml", bpmn("kx-versions-v1.bpmn20.xml"));
        assertThat(named.status()).isEqualTo(400);

        Response engineer = person("\"NOC_ENGINEER\"").postFile("/api/v1/process-definitions",
                "kx-versions.bpmn20.xml", bpmn("kx-versions-v1.bpmn20.xml"));
        assertThat(engineer.status()).isEqualTo(403);
    }

    @Test
    void aFormWithMissingAndWrongValuesIsRefusedFieldByFieldAndTheTaskStaysOpen() throws IOException {
        admin().postFile("/api/v1/process-definitions", unique("kx-v1-") + ".bpmn20.xml",
                bpmn("kx-versions-v1.bpmn20.xml"));
        String instance = processes.start("kx-versions", unique("FORM-"), Map.of());
        Api engineer = person("\"NOC_ENGINEER\"");
        String task = taskOf(engineer, instance);

        Response refused = engineer.post("/api/v1/tasks/" + task + "/complete", """
                {"count": "many", "ok": "perhaps", "kind": "c", "colour": "red"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("colour", "note", "count", "ok", "kind");
        assertThat(processes.currentSteps(instance)).containsExactly("第一步");

        JsonNode form = engineer.get("/api/v1/tasks/" + task).json().get("form");
        assertThat(form.findValuesAsText("id")).containsExactly("note", "count", "ok", "kind");
        assertThat(form.get(3).get("values").get("b").asText()).isEqualTo("乙");
    }

    @Test
    void aTaskIsForItsGroupsOnlyAndClaimedByOne() throws IOException {
        admin().postFile("/api/v1/process-definitions", unique("kx-v1-") + ".bpmn20.xml",
                bpmn("kx-versions-v1.bpmn20.xml"));
        String instance = processes.start("kx-versions", unique("CLAIM-"), Map.of());
        Api engineer = person("\"NOC_ENGINEER\"");
        Api other = person("\"NOC_ENGINEER\"");
        Api manager = person("\"ACCOUNT_MANAGER\"");
        String task = taskOf(engineer, instance);

        assertThat(manager.get("/api/v1/tasks/" + task).status()).isEqualTo(403);
        assertThat(manager.get("/api/v1/tasks").json().findValuesAsText("processId")).doesNotContain(instance);
        assertThat(engineer.post("/api/v1/tasks/" + task + "/claim", "").status()).isEqualTo(200);
        assertThat(other.post("/api/v1/tasks/" + task + "/claim", "").status()).isEqualTo(409);
        assertThat(other.get("/api/v1/tasks").json().findValuesAsText("processId")).doesNotContain(instance);
        assertThat(other.post("/api/v1/tasks/" + task + "/complete", """
                {"note": "x", "count": 1}""").status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/tasks/unknown").status()).isEqualTo(404);
        // 催办: the holder is told (one person: it is claimed); not by someone with no part in it.
        Response chased = engineer.post("/api/v1/tasks/" + task + "/chase", "");
        assertThat(chased.status()).isEqualTo(200);
        assertThat(chased.json().get("told").asInt()).isEqualTo(1);
        assertThat(manager.post("/api/v1/tasks/" + task + "/chase", "").status()).isEqualTo(403);
    }

    private void complete(Api engineer, String instance, String step) {
        String task = taskOf(engineer, instance);
        Response done = engineer.post("/api/v1/tasks/" + task + "/complete",
                step.equals("第一步") ? "{\"note\": \"完成\", \"count\": 3}" : "{}");
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private static String taskOf(Api person, String instance) {
        for (JsonNode task : person.get("/api/v1/tasks").json()) {
            if (task.get("processId").asText().equals(instance)) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError("no task of " + instance);
    }

    private static byte[] bpmn(String name) throws IOException {
        try (InputStream in = ProcessEngineIT.class.getResourceAsStream("/processes-test/" + name)) {
            return in.readAllBytes();
        }
    }
}
