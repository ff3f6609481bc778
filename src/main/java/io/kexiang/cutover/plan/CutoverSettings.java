package io.kexiang.cutover.plan;

import io.kexiang.shared.ServiceTier;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cutover rules ({@code kexiang.cutover.*}).
 *
 * @param leadTime how long before its start a plan hitting {@code leadTimeTiers} must be approved
 * @param reminders how long before the start each reminder goes out
 * @param confirmWithin how long an account manager has to confirm a notice before their department manager is told
 * @param publicUrl where people reach Kexiang, for the confirmation link in a notice
 * @param language the language of notices and of the text for customers, unless a plan asks for another
 */
@ConfigurationProperties("kexiang.cutover")
public record CutoverSettings(@DefaultValue("3d") Duration leadTime,
                              @DefaultValue({"AAA", "AA"}) Set<ServiceTier> leadTimeTiers,
                              @DefaultValue({"24h", "1h"}) List<Duration> reminders,
                              @DefaultValue("4h") Duration confirmWithin,
                              @DefaultValue("zh-CN") String language,
                              @DefaultValue("GJ") String numberPrefix,
                              @DefaultValue("http://localhost:8080") String publicUrl) {

    public LeadTimePolicy leadTimePolicy() {
        return new LeadTimePolicy(leadTime, leadTimeTiers);
    }
}
