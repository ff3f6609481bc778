package io.kexiang.inventory.customer;

import io.kexiang.shared.ServiceTier;
import java.time.Instant;
import java.util.List;

record CustomerView(String customerCode, String name, ServiceTier tier, String industry, Manager accountManager,
                    List<ContactDraft> contacts, String status, Instant createdAt, Instant updatedAt) {

    record Manager(String employeeId, String name, String email, String mobile) {
    }
}
