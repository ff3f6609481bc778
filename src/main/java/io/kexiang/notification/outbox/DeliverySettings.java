package io.kexiang.notification.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices leave ({@code kexiang.notification.*}). E-mail goes out when an SMTP server is configured
 * ({@code spring.mail.host}); the webhook when it has a URL.
 *
 * @param firstRetry the wait after a first failed attempt; it doubles up to {@code maxRetry}
 * @param maxAttempts after this many failed attempts a delivery is given up (and stays visible as failed)
 */
@ConfigurationProperties("kexiang.notification")
public record DeliverySettings(@DefaultValue("") String webhookUrl, @DefaultValue("1s") Duration scanInterval,
                               @DefaultValue("10s") Duration firstRetry, @DefaultValue("30m") Duration maxRetry,
                               @DefaultValue("10") int maxAttempts) {

    Duration backoff(int failedAttempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
