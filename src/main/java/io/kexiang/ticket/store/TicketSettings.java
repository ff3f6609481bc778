package io.kexiang.ticket.store;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tickets: when alarms open them, and the service levels.
 *
 * @param holdOff how long a service-affecting alarm must stay raised before it opens a ticket (a blip that clears
 *                sooner opens none)
 * @param holdOffByTier the hold-off per customer tier where it differs ({@code AAA: 0s}: at once)
 * @param response answer deadline by priority (urgent, general, complex)
 * @param restoration restoration deadline of a fault by customer tier
 * @param restorationByType restoration deadline of consultations and complaints
 * @param numberPrefix the prefix of ticket numbers, e.g. {@code GZ} in {@code GZ-20261125-0001}
 * @param types the kind (fault, consultation, complaint) a TMF621 client's free-text {@code ticketType} is filed
 *              under, by the type in lower case; a type not listed is a fault
 */
@ConfigurationProperties("kexiang.ticket")
public record TicketSettings(
        @DefaultValue("60s") Duration holdOff,
        Map<String, Duration> holdOffByTier,
        Map<String, Duration> response,
        Map<String, Duration> restoration,
        Map<String, Duration> restorationByType,
        @DefaultValue("GZ") String numberPrefix,
        @DefaultValue("250ms") Duration scanInterval,
        Map<String, String> types) {

    /** The centre's rules where the configuration says nothing. */
    public TicketSettings {
        holdOffByTier = orDefault(holdOffByTier, Map.of("AAA", Duration.ZERO));
        response = orDefault(response, Map.of("urgent", Duration.ofHours(2), "general", Duration.ofHours(24),
                "complex", Duration.ofHours(48)));
        restoration = orDefault(restoration, Map.of("AAA", Duration.ofHours(4), "AA", Duration.ofHours(8), "A",
                Duration.ofHours(12), "B", Duration.ofHours(24)));
        restorationByType = orDefault(restorationByType, Map.of("consultation", Duration.ofHours(24), "complaint",
                Duration.ofHours(48)));
        types = types == null || types.isEmpty() ? Map.ofEntries(Map.entry("fault", "fault"),
                Map.entry("device", "fault"), Map.entry("equipment", "fault"), Map.entry("connectivity", "fault"),
                Map.entry("network", "fault"), Map.entry("service", "fault"), Map.entry("outage", "fault"),
                Map.entry("incident", "fault"), Map.entry("consultation", "consultation"),
                Map.entry("inquiry", "consultation"), Map.entry("question", "consultation"),
                Map.entry("request", "consultation"), Map.entry("complaint", "complaint")) : Map.copyOf(types);
    }

    /** The kind a client's ticketType is filed under. */
    public String kindOf(String reportedType) {
        return types.getOrDefault(reportedType.toLowerCase(java.util.Locale.ROOT), "fault");
    }

    private static Map<String, Duration> orDefault(Map<String, Duration> configured, Map<String, Duration> rules) {
        return configured == null || configured.isEmpty() ? rules : Map.copyOf(configured);
    }

    public Duration holdOffFor(String tier) {
        return holdOffByTier.getOrDefault(tier == null ? "" : tier, holdOff);
    }

    public SlaPolicy sla() {
        return new SlaPolicy(response, restoration, restorationByType, Duration.ofHours(24));
    }
}
