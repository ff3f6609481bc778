package io.kexiang.inventory;

import io.kexiang.identity.PersonRef;

/** A customer's account manager as the inventory hands it on: who, and how to reach them. */
public final class AccountManagerRefs {

    private AccountManagerRefs() {
    }

    public static AccountManagerRef of(PersonRef person) {
        return new AccountManagerRef(person.employeeId(), person.name(), person.email(), person.mobile());
    }
}
