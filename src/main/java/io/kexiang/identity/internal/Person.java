package io.kexiang.identity.internal;

import io.kexiang.identity.PersonRef;
import io.kexiang.identity.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A member of staff (or a machine account) who can sign in and be assigned, notified and escalated to. */
@Entity
@EntityListeners(PeopleChanges.class)
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String employeeId;
    private String name;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;
    private String email;
    private String mobile;
    private String passwordHash;
    private boolean enabled = true;
    private int failedLoginCount;
    private Instant lastFailedLogin;
    private Instant lastLogin;
    @CreationTimestamp
    private Instant createdAt;
    @UpdateTimestamp
    private Instant updatedAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Person() {
    }

    Person(String employeeId) {
        this.employeeId = employeeId;
    }

    void describe(PersonDraft draft, Department department) {
        this.name = draft.name();
        this.department = department;
        this.email = draft.email();
        this.mobile = draft.mobile();
        this.roles.clear();
        this.roles.addAll(draft.roles());
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    PersonRef ref() {
        return new PersonRef(id, employeeId, name, email, mobile, Set.copyOf(roles));
    }

    PersonView view() {
        return new PersonView(employeeId, name, department == null ? null : department.name(), email, mobile,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), enabled, passwordHash != null,
                failedLoginCount, lastLogin, createdAt, updatedAt);
    }

    Long id() {
        return id;
    }

    Department department() {
        return department;
    }

    String employeeId() {
        return employeeId;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return roles;
    }
}
