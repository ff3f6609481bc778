package io.kexiang.process.engine;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The groups a task is offered to, as the BPMN names them: {@code role:NOC_ENGINEER} (everyone holding the role) and
 * {@code department:运行维护部} (everyone in the department or in a department under it). Kexiang's identity is the
 * one source: the engine keeps no users or groups of its own.
 */
public final class CandidateGroups {

    private static final String ROLE = "role:";
    private static final String DEPARTMENT = "department:";

    private CandidateGroups() {
    }

    /** The groups of the signed-in person: their roles, their department and those above it. */
    public static List<String> of(Authentication caller, PersonDirectory people) {
        List<String> groups = new ArrayList<>();
        for (GrantedAuthority authority : caller.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith("ROLE_")) {
                role(ROLE + name.substring(5)).ifPresent(role -> groups.add(ROLE + role.name()));
            }
        }
        people.departmentsOf(caller.getName()).forEach(department -> groups.add(DEPARTMENT + department));
        return groups;
    }

    /** The groups of a person named by employee id (a task handed over to them): their roles and departments. */
    public static List<String> ofPerson(String employeeId, PersonDirectory people) {
        List<String> groups = new ArrayList<>();
        people.byEmployeeId(employeeId).ifPresent(person -> person.roles()
                .forEach(role -> groups.add(ROLE + role.name())));
        people.departmentsOf(employeeId).forEach(department -> groups.add(DEPARTMENT + department));
        return groups;
    }

    /** The groups a task is offered to, as the engine keeps them (its candidate identity links). */
    public static List<String> ofTask(TaskService tasks, String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    public static Optional<Role> role(String group) {
        if (!group.startsWith(ROLE)) {
            return Optional.empty();
        }
        String name = group.substring(ROLE.length());
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst();
    }

    public static Optional<String> department(String group) {
        return group.startsWith(DEPARTMENT) ? Optional.of(group.substring(DEPARTMENT.length())) : Optional.empty();
    }
}
