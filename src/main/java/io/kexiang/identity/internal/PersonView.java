package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import java.time.Instant;
import java.util.Set;

/** A person as the API shows them; never the password hash. */
record PersonView(String employeeId, String name, String department, String email, String mobile, Set<Role> roles,
                  boolean enabled, boolean canSignIn, int failedLoginCount, Instant lastLogin, Instant createdAt,
                  Instant updatedAt) {
}
