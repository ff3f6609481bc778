package io.kexiang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.support.ApplicationIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory answers notices from memory, and never with what an administrator has since changed. */
class PersonDirectoryIT extends ApplicationIT {

    @Autowired
    PersonDirectory directory;

    @Test
    void whatAnAdministratorChangesIsWhatTheNextLookUpSees() {
        String id = newPerson("\"TECH_SPECIALIST\"");
        assertThat(directory.withRole(Role.TECH_SPECIALIST)).extracting(PersonRef::employeeId).contains(id);
        assertThat(directory.byEmployeeId(id)).get().extracting(PersonRef::name).isEqualTo("测试人员");

        // Roles are a collection of the person: changing only them must empty the cache too.
        assertThat(admin().put("/api/v1/people/" + id, """
                {"employeeId":"%s","name":"测试人员","roles":["VP"]}""".formatted(id)).status()).isEqualTo(200);
        assertThat(directory.withRole(Role.TECH_SPECIALIST)).extracting(PersonRef::employeeId).doesNotContain(id);
        assertThat(directory.withRole(Role.VP)).extracting(PersonRef::employeeId).contains(id);

        assertThat(admin().put("/api/v1/people/" + id, """
                {"employeeId":"%s","name":"改名人员","roles":["VP"],"email":"x@example.com"}""".formatted(id))
                .status()).isEqualTo(200);
        assertThat(directory.byEmployeeId(id)).get().satisfies(person -> {
            assertThat(person.name()).isEqualTo("改名人员");
            assertThat(person.email()).isEqualTo("x@example.com");
        });

        assertThat(admin().delete("/api/v1/people/" + id).status()).isEqualTo(204);
        assertThat(directory.withRole(Role.VP)).extracting(PersonRef::employeeId).doesNotContain(id);
    }
}
