package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface People extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    /** With the department, which views show after the transaction is over. */
    @EntityGraph(attributePaths = "department", type = EntityGraph.EntityGraphType.LOAD)
    Optional<Person> findByEmployeeId(String employeeId);

    @Override
    @EntityGraph(attributePaths = "department", type = EntityGraph.EntityGraphType.LOAD)
    Page<Person> findAll(Specification<Person> filters, Pageable page);

    List<Person> findByEmployeeIdIn(Collection<String> employeeIds);

    /** Department id and how many people are in it. */
    @Query("select p.department.id, count(p) from Person p where p.department is not null group by p.department.id")
    List<Object[]> countByDepartment();

    @Query("select p from Person p join p.roles r where r = :role and p.enabled = true order by p.employeeId")
    List<Person> findEnabledWithRole(Role role);

    @Query("select p from Person p join p.roles r where r = :role and p.enabled = true "
            + "and p.department = :department order by p.employeeId")
    List<Person> findEnabledWithRoleIn(Role role, Department department);

    @Query("select p from Person p where p.department = :department and p.enabled = true order by p.employeeId")
    List<Person> findEnabledIn(Department department);

    @Transactional
    @Modifying
    @Query("update Person p set p.failedLoginCount = p.failedLoginCount + 1, p.lastFailedLogin = :at "
            + "where p.employeeId = :employeeId")
    int recordFailedLogin(String employeeId, Instant at);

    /** Touches the row only when there is something to reset, so a request does not cost a write. */
    @Transactional
    @Modifying
    @Query("update Person p set p.failedLoginCount = 0, p.lastLogin = :at where p.employeeId = :employeeId "
            + "and (p.failedLoginCount > 0 or p.lastLogin is null or p.lastLogin < :staleBefore)")
    int recordLogin(String employeeId, Instant at, Instant staleBefore);
}
