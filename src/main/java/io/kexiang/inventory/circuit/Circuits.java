package io.kexiang.inventory.circuit;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Circuits extends JpaRepository<Circuit, Long>, JpaSpecificationExecutor<Circuit> {

    @EntityGraph(attributePaths = {"customer", "terminations", "terminations.ne"})
    Optional<Circuit> findByCircuitId(String circuitId);
}
