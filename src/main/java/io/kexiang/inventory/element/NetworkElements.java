package io.kexiang.inventory.element;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface NetworkElements extends JpaRepository<NetworkElement, Long>, JpaSpecificationExecutor<NetworkElement> {

    @EntityGraph(attributePaths = "addresses")
    Optional<NetworkElement> findByName(String name);
}
