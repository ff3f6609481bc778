package io.kexiang.inventory.circuit;

import io.kexiang.inventory.CircuitStatus;
import io.kexiang.inventory.CircuitType;
import io.kexiang.shared.database.Like;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

final class CircuitFilters {

    private CircuitFilters() {
    }

    static Specification<Circuit> matching(String circuitId, String customerCode, CircuitType type,
            CircuitStatus status, String ne) {
        Specification<Circuit> filter = Specification.where(null);
        if (circuitId != null && !circuitId.isBlank()) {
            filter = filter.and((c, q, cb) -> Like.contains(cb, c.get("circuitId"), circuitId));
        }
        if (customerCode != null && !customerCode.isBlank()) {
            filter = filter.and((c, q, cb) -> cb.equal(c.get("customer").get("customerCode"), customerCode.trim()));
        }
        if (type != null) {
            filter = filter.and((c, q, cb) -> cb.equal(c.get("type"), type));
        }
        if (status != null) {
            filter = filter.and((c, q, cb) -> cb.equal(c.get("status"), status));
        }
        if (ne != null && !ne.isBlank()) {
            filter = filter.and((c, q, cb) -> {
                Subquery<Long> onElement = q.subquery(Long.class);
                var t = onElement.from(Termination.class);
                Join<Object, Object> element = t.join("ne");
                onElement.select(t.get("circuit").get("id")).where(cb.equal(element.get("name"), ne.trim()));
                return c.get("id").in(onElement);
            });
        }
        return filter;
    }
}
