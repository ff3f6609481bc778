package io.kexiang.identity;

/**
 * What a person or machine may do. The first four are also the escalation chain of a fault ticket:
 * engineer → technical specialist → department manager → VP (主管副总).
 */
public enum Role {
    NOC_ENGINEER,
    TECH_SPECIALIST,
    DEPT_MANAGER,
    VP,
    ACCOUNT_MANAGER,
    ADMIN,
    /** NMS platforms and other systems pushing alarms; not a person. */
    NMS_CLIENT;

    /** Every role but the machine one: the people who may read the centre's data. */
    public boolean isStaff() {
        return this != NMS_CLIENT;
    }
}
