package io.kexiang.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.shared.csv.DemoData;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port over the tests' embedded PostgreSQL. Test classes share one database:
 * each names its own records (see {@link #unique}) or reads only the demo inventory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApplicationIT {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    @LocalServerPort
    protected int port;

    protected Api anonymous() {
        return Api.at(port);
    }

    protected Api admin() {
        return Api.at(port).as("admin", ADMIN_PASSWORD);
    }

    /** Loads the demo inventory (an upsert, so loading it twice changes nothing). */
    protected void demoInventory() {
        for (String kind : new String[] {"people", "network-elements", "customers", "circuits"}) {
            Response response = admin().postCsv("/api/v1/import/" + kind,
                    new String(DemoData.file(kind + ".csv"), StandardCharsets.UTF_8));
            if (response.status() != 200) {
                throw new AssertionError("demo " + kind + " import failed: " + response);
            }
        }
    }

    /** A new person with these roles (a JSON list body, e.g. {@code "NOC_ENGINEER"}), signed in. */
    protected Api person(String roles) {
        return anonymous().as(newPerson(roles), PASSWORD);
    }

    /** The password of the people {@link #person} and {@link #newPerson} make. */
    protected static final String PASSWORD = "correct-horse-1";

    /** A new person with these roles and {@link #PASSWORD}; returns their user name (employee id). */
    protected String newPerson(String roles) {
        String id = unique("u");
        Response created = admin().post("/api/v1/people", """
                {"employeeId":"%s","name":"测试人员","roles":[%s]}""".formatted(id, roles));
        if (created.status() != 201 || admin().put("/api/v1/people/" + id + "/password", """
                {"newPassword":"%s"}""".formatted(PASSWORD)).status() != 204) {
            throw new AssertionError("person not created: " + created);
        }
        return id;
    }

    /**
     * A new member of staff with one role, in a department or none, with a mail address and {@link #PASSWORD};
     * returns their employee id.
     */
    protected String staff(String role, String department) {
        String id = unique("p");
        Response created = admin().post("/api/v1/people", """
                {"employeeId":"%s","name":"员工%s","roles":["%s"],"email":"%s@example.com"%s}""".formatted(id, id,
                role, id, department == null ? "" : ",\"department\":\"" + department + "\""));
        if (created.status() != 201 || admin().put("/api/v1/people/" + id + "/password", """
                {"newPassword":"%s"}""".formatted(PASSWORD)).status() != 204) {
            throw new AssertionError("staff not created: " + created);
        }
        return id;
    }

    /** The person's open task of a case (by its number) at a step (any step when null); null when they have none. */
    protected static JsonNode task(Api person, String businessKey, String step) {
        for (JsonNode task : person.get("/api/v1/tasks").json()) {
            if (task.get("businessKey").asText().equals(businessKey)
                    && (step == null || task.get("name").asText().equals(step))) {
                return task;
            }
        }
        return null;
    }

    /** Completes the person's task of the case at the step with the form's values (JSON), which must hold. */
    protected static void complete(Api person, String businessKey, String step, String values) {
        JsonNode task = task(person, businessKey, step);
        if (task == null) {
            throw new AssertionError(person + " has no task " + step + " of " + businessKey);
        }
        Response done = person.post("/api/v1/tasks/" + task.get("id").asText() + "/complete", values);
        if (done.status() != 204) {
            throw new AssertionError(step + " of " + businessKey + " not completed: " + done);
        }
    }

    /** An NMS client signed in with an API token of its own. */
    protected Api nms() {
        Response token = admin().post("/api/v1/api-tokens", """
                {"name":"%s","roles":["NMS_CLIENT"]}""".formatted(unique("nms-")));
        return anonymous().withToken(token.json().get("token").asText());
    }

    /** A person of the demo inventory (am001, am002 …), given a password and signed in. */
    protected Api demoPerson(String employeeId) {
        if (admin().put("/api/v1/people/" + employeeId + "/password", """
                {"newPassword":"correct-horse-1"}""").status() != 204) {
            throw new AssertionError("no demo person " + employeeId);
        }
        return anonymous().as(employeeId, "correct-horse-1");
    }

    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
