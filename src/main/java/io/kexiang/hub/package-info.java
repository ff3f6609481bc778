/**
 * The TMF hub of every API Kexiang serves (TMF642 alarms, TMF621 tickets, TMF641 service orders, TMF645 resource
 * checks): listeners that OSS/BSS clients register,
 * and the events owed to them, handed to the outbox in the transaction of the change. Callbacks go only to
 * addresses the operator allows ({@code kexiang.hub.allowed-hosts}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "TMF hub")
package io.kexiang.hub;

