package io.kexiang.inventory.element;

import io.kexiang.inventory.NetworkElementRole;
import io.kexiang.shared.database.Like;
import org.springframework.data.jpa.domain.Specification;

final class NetworkElementFilters {

    private NetworkElementFilters() {
    }

    static Specification<NetworkElement> matching(String name, NetworkElementRole role, String site, String vendor,
            String address, String status) {
        Specification<NetworkElement> filter = Specification.where(null);
        if (name != null && !name.isBlank()) {
            filter = filter.and((ne, q, cb) -> Like.containsIgnoringCase(cb, ne.get("name"), name));
        }
        if (role != null) {
            filter = filter.and((ne, q, cb) -> cb.equal(ne.get("role"), role));
        }
        if (site != null && !site.isBlank()) {
            filter = filter.and((ne, q, cb) -> Like.contains(cb, ne.get("site"), site));
        }
        if (vendor != null && !vendor.isBlank()) {
            filter = filter.and((ne, q, cb) -> cb.equal(cb.lower(ne.get("vendor")), vendor.trim().toLowerCase()));
        }
        if (address != null && !address.isBlank()) {
            filter = filter.and((ne, q, cb) -> cb.isMember(address.trim(), ne.get("addresses")));
        }
        if (status != null && !status.isBlank()) {
            filter = filter.and((ne, q, cb) -> cb.equal(ne.get("status"), status.trim().toUpperCase()));
        }
        return filter;
    }
}
