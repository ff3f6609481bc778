package io.kexiang.identity;

import java.util.Set;

/** A person as other modules see them: enough to link, notify and display. */
public record PersonRef(long id, String employeeId, String name, String email, String mobile, Set<Role> roles) {
}
