package io.kexiang.outbox;

import java.util.Map;

/**
 * Renders a channel's messages a batch at a time before they are sent (a hub listener's events are read from their
 * resources in one query, not one each). What it leaves out is rendered by the channel's route as it sends.
 */
public interface OutboxBodies {

    /** The channel whose messages this renders ({@code hub}). */
    String channel();

    /** @param payloads each message's stored payload, by message id; returns the bodies it could render */
    Map<Long, String> render(Map<Long, String> payloads);
}
