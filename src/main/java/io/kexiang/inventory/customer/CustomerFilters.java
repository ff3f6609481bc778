package io.kexiang.inventory.customer;

import io.kexiang.shared.ServiceTier;
import io.kexiang.shared.database.Like;
import org.springframework.data.jpa.domain.Specification;

final class CustomerFilters {

    private CustomerFilters() {
    }

    static Specification<GroupCustomer> matching(String name, ServiceTier tier, String industry, Long managerId,
            String status) {
        Specification<GroupCustomer> filter = Specification.where(null);
        if (name != null && !name.isBlank()) {
            filter = filter.and((c, q, cb) -> Like.contains(cb, c.get("name"), name));
        }
        if (tier != null) {
            filter = filter.and((c, q, cb) -> cb.equal(c.get("tier"), tier));
        }
        if (industry != null && !industry.isBlank()) {
            filter = filter.and((c, q, cb) -> cb.equal(c.get("industry"), industry.trim()));
        }
        if (managerId != null) {
            filter = filter.and((c, q, cb) -> cb.equal(c.get("accountManagerId"), managerId));
        }
        if (status != null && !status.isBlank()) {
            filter = filter.and((c, q, cb) -> cb.equal(c.get("status"), status.trim().toUpperCase()));
        }
        return filter;
    }
}
