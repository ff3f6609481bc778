package io.kexiang.alarm.intake;

import io.kexiang.shared.ServiceTier;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How events become alarms.
 *
 * @param flapWindow a fault that returns less than this after its alarm was cleared makes a raise/clear cycle;
 *                   0 counts none
 * @param flapCycles cycles in a row after which the fault is flapping: its latest alarm reopens and stays the one
 *                   alarm, marked flapping, not announced again
 * @param reopenAfterClear a fault that returns within the flap window reopens its cleared alarm rather than open a
 *                         new one (false: a new alarm each time, until the fault is flapping)
 * @param stormWindow alarms of a network element raised this close to its root-cause event (a cold start) are
 *                    that event's children
 * @param stormInterfaceShare when this share of an element's interfaces (those carrying circuits) go down within
 *                            the storm window, the element itself is taken for the fault: a root-cause alarm is
 *                            raised and the interface alarms become its children
 * @param stormMinInterfaces never fewer interfaces than this, so that one of two links down is not a storm
 * @param minimumSeverity per customer tier, the least severity of an alarm that hits a circuit of that tier
 * @param unknownNotifications make indeterminate alarms of notifications no rule covers (true), or only archive
 *                             them (false)
 */
@ConfigurationProperties("kexiang.alarm")
public record AlarmSettings(
        @DefaultValue("10m") Duration flapWindow,
        @DefaultValue("3") int flapCycles,
        @DefaultValue("false") boolean reopenAfterClear,
        @DefaultValue("10s") Duration stormWindow,
        @DefaultValue("0.5") double stormInterfaceShare,
        @DefaultValue("4") int stormMinInterfaces,
        @DefaultValue Map<ServiceTier, String> minimumSeverity,
        @DefaultValue("true") boolean unknownNotifications) {
}
