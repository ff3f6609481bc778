package io.kexiang.cutover.plan;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.Text;
import java.util.Map;
import java.util.Set;

/**
 * The plan's lifecycle: draft → submitted → approved or rejected → notified → inProgress → completed, cancelled
 * or rolledBack. A rejected plan is edited back into a draft; an approved one whose window or scope changes goes
 * back to submitted.
 */
public final class CutoverStatePolicy {

    public static final Set<String> APPROVED = Set.of("approved", "notified", "inProgress");
    private static final Set<String> EDITABLE = Set.of("draft", "submitted", "rejected", "approved", "notified");
    private static final Map<String, Set<String>> NEXT = Map.of(
            "draft", Set.of("submitted", "cancelled"),
            "submitted", Set.of("approved", "rejected", "cancelled", "draft"),
            "rejected", Set.of("draft", "cancelled"),
            "approved", Set.of("notified", "submitted", "inProgress", "cancelled"),
            "notified", Set.of("submitted", "inProgress", "cancelled"),
            "inProgress", Set.of("completed", "rolledBack"));

    private CutoverStatePolicy() {
    }

    public static void check(String from, String to) {
        if (!NEXT.getOrDefault(from, Set.of()).contains(to)) {
            throw new ConflictException(Text.of("cutover.move", from, to));
        }
    }

    public static void checkEditable(String status) {
        if (!EDITABLE.contains(status)) {
            throw new ConflictException(Text.of("cutover.frozen", status));
        }
    }
}
