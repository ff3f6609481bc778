/**
 * The centre's processes on a BPMN 2.0 engine (Flowable): definitions kept in {@code processes/} and deployed at
 * start-up, a new version deployable while the old one's instances run on; user tasks for roles and departments,
 * each with a time limit, a warning at a share of it and an escalation at its end; the working-day calendar every
 * limit in working days is counted on. The circuit orders, resource checks and pre-sales built on it live in their
 * own modules; nothing here is on the alarm path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processes")
package io.kexiang.process;
