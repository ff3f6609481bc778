/**
 * Notices to people: escalated tickets to the level they reached, major incidents to the emergency group, new
 * tickets to the customer's account manager, and the templates every notice is written from (cutover notices too).
 * The ticket events are durable (Spring Modulith's publication registry); each notice goes to the outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package io.kexiang.notification;

