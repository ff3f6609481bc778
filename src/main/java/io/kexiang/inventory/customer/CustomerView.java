package io.kexiang.inventory.customer;

import io.kexiang.inventory.AccountManagerRef;
import io.kexiang.shared.ServiceTier;
import java.time.Instant;
import java.util.List;

record CustomerView(String customerCode, String name, ServiceTier tier, String industry,
                    AccountManagerRef accountManager, List<ContactDraft> contacts, String status, Instant createdAt,
                    Instant updatedAt) {
}
