package io.kexiang.alarm.intake;

import io.kexiang.shared.ServiceTier;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Raises an alarm's severity to the floor its customers' tiers set: an AAA customer's circuit down is at least
 * major however the network element rates it. Never lowers one, and leaves cleared and indeterminate alone.
 */
final class SeverityPolicy {

    /** X.733 severities from most to least severe. */
    static final List<String> ORDER = List.of("critical", "major", "minor", "warning");

    private final Map<ServiceTier, String> floors;

    SeverityPolicy(Map<ServiceTier, String> floors) {
        floors.values().forEach(floor -> {
            if (!ORDER.contains(floor)) {
                throw new IllegalArgumentException("A tier's minimum severity must be one of " + ORDER + ", not "
                        + floor);
            }
        });
        this.floors = Map.copyOf(floors);
    }

    String apply(String reported, Collection<ServiceTier> tiers) {
        if (!ORDER.contains(reported)) {
            return reported;
        }
        String severity = reported;
        for (ServiceTier tier : tiers) {
            String floor = floors.get(tier);
            if (floor != null && ORDER.indexOf(floor) < ORDER.indexOf(severity)) {
                severity = floor;
            }
        }
        return severity;
    }
}
