/**
 * Alarms: one per fault, linked to the circuits, group customers and account managers it hits; reduced, cleared,
 * correlated into storms, and acted on by NOC engineers through TMF642.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alarms")
package io.kexiang.alarm;
