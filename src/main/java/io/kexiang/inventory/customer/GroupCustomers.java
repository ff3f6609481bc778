package io.kexiang.inventory.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface GroupCustomers extends JpaRepository<GroupCustomer, Long>, JpaSpecificationExecutor<GroupCustomer> {

    @EntityGraph(attributePaths = "contacts")
    Optional<GroupCustomer> findByCustomerCode(String customerCode);
}
