package io.kexiang.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks people up by employee id (工号), for the modules that link records to a person. */
public interface PersonDirectory {

    Optional<PersonRef> byEmployeeId(String employeeId);

    Optional<PersonRef> byId(long id);

    /** The people with these employee ids that exist, in one query. */
    Map<String, PersonRef> byEmployeeIds(Collection<String> employeeIds);

    /** The enabled people who hold this role: those an escalation to that level notifies. */
    List<PersonRef> withRole(Role role);

    /**
     * Whom to tell when this person lets something slip: the department managers of their department, or of the
     * nearest department above it that has one; every department manager when the person has no department.
     */
    List<PersonRef> managersOf(String employeeId);

    /**
     * The person's department and every department above it, nearest first: the groups whose work they may take
     * (a member of a team under 运行维护部 takes 运行维护部's tasks). Empty when they have none or do not exist.
     */
    List<String> departmentsOf(String employeeId);

    /** The enabled people of this department (not of those under it); empty for an unknown department. */
    List<PersonRef> inDepartment(String department);

    /**
     * Whom to tell when a department's work slips: its department managers, or those of the nearest department above
     * it that has one; every department manager when none is found.
     */
    List<PersonRef> managersOfDepartment(String department);

    /** The people with these database ids that exist, in one query. */
    Map<Long, PersonRef> byIds(Collection<Long> ids);
}
