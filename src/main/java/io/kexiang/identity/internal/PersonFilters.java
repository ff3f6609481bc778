package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import io.kexiang.shared.database.Like;
import org.springframework.data.jpa.domain.Specification;

final class PersonFilters {

    private PersonFilters() {
    }

    static Specification<Person> matching(String name, String department, Role role) {
        Specification<Person> filter = Specification.where(null);
        if (name != null && !name.isBlank()) {
            filter = filter.and((p, q, cb) -> Like.contains(cb, p.get("name"), name));
        }
        if (department != null && !department.isBlank()) {
            filter = filter.and((p, q, cb) -> cb.equal(p.join("department").get("name"), department.trim()));
        }
        if (role != null) {
            filter = filter.and((p, q, cb) -> cb.isMember(role, p.get("roles")));
        }
        return filter;
    }
}
