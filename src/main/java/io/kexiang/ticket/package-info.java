/**
 * Fault tickets (故障单): opened from alarms once per fault and customer, or declared by hand; SLA clocks by
 * customer tier and priority; the lifecycle up to the return visit; TMF621 for BSS/OSS clients.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tickets")
package io.kexiang.ticket;
