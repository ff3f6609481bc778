package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A person as created or updated through the API or a CSV row. */
record PersonDraft(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{kexiang.validation.code}")
        String employeeId,
        @NotBlank @Size(max = 64) String name,
        @Size(max = 128) String department,
        @NotEmpty Set<Role> roles,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 -]{5,20}", message = "{kexiang.validation.mobile}") String mobile) {
}
