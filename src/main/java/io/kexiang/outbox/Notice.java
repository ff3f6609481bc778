package io.kexiang.outbox;

import java.util.Map;

/**
 * A notice to one person, ready to go: the same words by e-mail and, for an SMS gateway or a WeCom/DingTalk
 * robot, in the webhook's JSON with the structured {@code payload} beside them.
 *
 * @param reference what the notice is about, for finding its deliveries ({@code cutover-notice:17})
 * @param email may be null: the e-mail channel is then skipped
 * @param mobile may be null; the webhook carries it for an SMS gateway
 */
public record Notice(String reference, String recipientName, String email, String mobile, String subject,
                     String text, Map<String, Object> payload) {
}
