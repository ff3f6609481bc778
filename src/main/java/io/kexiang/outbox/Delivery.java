package io.kexiang.outbox;

import java.time.Instant;

/**
 * One message to one recipient by one channel ({@code email}, {@code webhook}, {@code hub}), and how it fared:
 * {@code pending} (due at {@code nextAttemptAt}, retried after a failure), {@code sent}, {@code failed} (given up
 * after the last attempt) or {@code cancelled}.
 */
public record Delivery(long id, String channel, String reference, String recipient, String subject, String state,
                       int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
