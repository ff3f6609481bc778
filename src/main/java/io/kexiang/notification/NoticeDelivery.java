package io.kexiang.notification;

import java.time.Instant;

/** How a notice fared on one channel: {@code pending} (retrying), {@code sent} or {@code failed} (given up). */
public record NoticeDelivery(String channel, String recipient, String state, int attempts, Instant sentAt,
                             String lastError) {
}
