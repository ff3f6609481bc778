package io.kexiang.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
@EntityListeners(PeopleChanges.class)
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Department parent;

    protected Department() {
    }

    Department(String name) {
        this(name, null);
    }

    Department(String name, Department parent) {
        this.name = name;
        this.parent = parent;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Department parent() {
        return parent;
    }
}
