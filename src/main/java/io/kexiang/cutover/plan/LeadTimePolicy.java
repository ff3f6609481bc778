package io.kexiang.cutover.plan;

import io.kexiang.shared.ServiceTier;
import io.kexiang.shared.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Work that hits the most valued customers (AAA, AA by default) is approved early enough for their account
 * managers to warn them: N days before it starts. Later than that it takes an emergency flag, and is shown as one.
 */
public record LeadTimePolicy(Duration leadTime, Set<ServiceTier> tiers) {

    public boolean applies(Collection<ServiceTier> hit) {
        return hit.stream().anyMatch(tiers::contains);
    }

    public Instant approveBy(Instant windowStart) {
        return windowStart.minus(leadTime);
    }

    /** Why approving now is refused, if it is. */
    public Optional<Text> violation(Collection<ServiceTier> hit, Instant windowStart, Instant now,
            boolean emergency) {
        if (emergency || !applies(hit) || !now.isAfter(approveBy(windowStart))) {
            return Optional.empty();
        }
        return Optional.of(Text.of("cutover.leadTime", tiers.stream().map(Enum::name).sorted()
                .collect(Collectors.joining(", ")), approveBy(windowStart).toString(),
                leadTime.toDays()));
    }
}
