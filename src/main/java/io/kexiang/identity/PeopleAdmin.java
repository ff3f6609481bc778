package io.kexiang.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People for the console's administration (administrators only): the list, their roles, disabling and enabling,
 * and a password reset under the password rules. The same writers as {@code /api/v1/people}.
 */
public interface PeopleAdmin {

    /** People whose employee id or name contains {@code query} (all when blank), by employee id. */
    List<Map<String, Object>> people(String query);

    void roles(String employeeId, Set<Role> roles);

    void enabled(String employeeId, boolean enabled);

    /** @throws io.kexiang.shared.InvalidInputException when the password breaks the rules, naming them */
    void resetPassword(String employeeId, String newPassword);
}
