package io.kexiang.inventory;

/** The account manager (客户经理) who owns a group customer; notices about the customer go to them. */
public record AccountManagerRef(String employeeId, String name, String email, String mobile) {
}
