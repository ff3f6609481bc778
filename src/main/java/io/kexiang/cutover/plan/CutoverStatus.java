package io.kexiang.cutover.plan;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.Text;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's lifecycle: draft → submitted → approved or rejected → notified → inProgress → completed, cancelled or
 * rolledBack. A rejected plan is edited back into a draft; an approved one whose window or scope changes goes back
 * to submitted. Each state knows where it may go, and refuses the rest naming itself.
 */
public enum CutoverStatus {

    DRAFT("draft"),
    SUBMITTED("submitted"),
    REJECTED("rejected"),
    APPROVED("approved"),
    NOTIFIED("notified"),
    IN_PROGRESS("inProgress"),
    COMPLETED("completed"),
    ROLLED_BACK("rolledBack"),
    CANCELLED("cancelled");

    private static final Map<CutoverStatus, Set<CutoverStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, CANCELLED),
            SUBMITTED, EnumSet.of(APPROVED, REJECTED, CANCELLED, DRAFT),
            REJECTED, EnumSet.of(DRAFT, CANCELLED),
            APPROVED, EnumSet.of(NOTIFIED, SUBMITTED, IN_PROGRESS, CANCELLED),
            NOTIFIED, EnumSet.of(SUBMITTED, IN_PROGRESS, CANCELLED),
            IN_PROGRESS, EnumSet.of(COMPLETED, ROLLED_BACK));

    private final String api;

    CutoverStatus(String api) {
        this.api = api;
    }

    /** As the API and the database spell it. */
    public String api() {
        return api;
    }

    public static Optional<CutoverStatus> ofApi(String name) {
        return Arrays.stream(values()).filter(status -> status.api.equals(name)).findFirst();
    }

    /** The state a move leads to, or a refusal naming this one. */
    public CutoverStatus moveTo(CutoverStatus next) {
        if (!NEXT.getOrDefault(this, Set.of()).contains(next)) {
            throw new ConflictException(Text.of("cutover.move", api, next.api));
        }
        return next;
    }

    /** Approved and not over: its window is planned, and those told of it are told of a change. */
    public boolean isApproved() {
        return this == APPROVED || this == NOTIFIED || this == IN_PROGRESS;
    }

    public void requireEditable() {
        if (!EnumSet.of(DRAFT, SUBMITTED, REJECTED, APPROVED, NOTIFIED).contains(this)) {
            throw new ConflictException(Text.of("cutover.frozen", api));
        }
    }

    /**
     * What editing the plan makes of it: a rejected plan is a draft again; an approved one whose window or scope
     * moved goes back for approval; otherwise it stays as it is.
     */
    public Optional<CutoverStatus> afterEdit(boolean windowOrScopeMoved) {
        if (this == REJECTED) {
            return Optional.of(DRAFT);
        }
        if (windowOrScopeMoved && (this == APPROVED || this == NOTIFIED)) {
            return Optional.of(SUBMITTED);
        }
        return Optional.empty();
    }
}
