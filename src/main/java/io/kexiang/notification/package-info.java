/**
 * Notices to people: escalated tickets to the level they reached, new tickets to the customer's account manager.
 * E-mail for now; the events are durable (Spring Modulith's publication registry), so a notice survives a restart.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package io.kexiang.notification;
