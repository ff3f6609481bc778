package io.kexiang.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks people up by employee id (工号), for the modules that link records to a person. */
public interface PersonDirectory {

    Optional<PersonRef> byEmployeeId(String employeeId);

    Optional<PersonRef> byId(long id);

    /** Database ids of the given employee ids that exist, in one query. */
    Map<String, Long> idsByEmployeeId(Collection<String> employeeIds);
}
