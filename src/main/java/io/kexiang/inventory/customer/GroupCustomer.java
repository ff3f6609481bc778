package io.kexiang.inventory.customer;

import io.kexiang.inventory.AccountManagerRef;
import io.kexiang.shared.ServiceTier;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A group customer (集团客户): an enterprise that buys circuits, served at a tier. Written by {@link CustomerWriter}. */
@Entity
@Table(name = "group_customer")
public class GroupCustomer {

    @Id
    private Long id;
    private String customerCode;
    private String name;
    @Enumerated(EnumType.STRING)
    private ServiceTier tier;
    private String industry;
    private Long accountManagerId;
    private String status;
    private Instant createdAt;
    private Instant updatedAt;
    @ElementCollection
    @CollectionTable(name = "customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<ContactDraft> contacts;

    protected GroupCustomer() {
    }

    public String customerCode() {
        return customerCode;
    }

    public String name() {
        return name;
    }

    public ServiceTier tier() {
        return tier;
    }

    Long accountManagerId() {
        return accountManagerId;
    }

    CustomerView view(AccountManagerRef accountManager) {
        return new CustomerView(customerCode, name, tier, industry, accountManager, List.copyOf(contacts), status,
                createdAt, updatedAt);
    }
}
