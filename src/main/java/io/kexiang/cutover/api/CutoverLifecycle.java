package io.kexiang.cutover.api;

import io.kexiang.cutover.impact.ImpactAnalysis;
import io.kexiang.cutover.notice.NoticeSchedule;
import io.kexiang.cutover.plan.AffectedCircuit;
import io.kexiang.cutover.CutoverDraft;
import io.kexiang.cutover.plan.CutoverPlan;
import io.kexiang.cutover.plan.CutoverRows;
import io.kexiang.cutover.plan.CutoverSettings;
import io.kexiang.cutover.plan.CutoverStatus;
import io.kexiang.cutover.plan.Impact;
import io.kexiang.cutover.window.ApprovedWindows;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.ServiceTier;
import io.kexiang.shared.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every change of a plan: the rows, the state policy, the notices it causes and the windows it moves. */
@Component
@Transactional
class CutoverLifecycle {

    private final CutoverRows rows;
    private final ImpactAnalysis impacts;
    private final NoticeSchedule notices;
    private final ApprovedWindows windows;
    private final CutoverSettings settings;
    private final Clock clock;

    CutoverLifecycle(CutoverRows rows, ImpactAnalysis impacts, NoticeSchedule notices, ApprovedWindows windows,
            CutoverSettings settings, Clock clock) {
        this.rows = rows;
        this.impacts = impacts;
        this.notices = notices;
        this.windows = windows;
        this.settings = settings;
        this.clock = clock;
    }

    Impact analyse(CutoverDraft draft) {
        if (!draft.windowEnd().isAfter(draft.windowStart())) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("windowEnd", draft.windowEnd(),
                    Text.of("cutover.windowEnd"))));
        }
        return impacts.analyse(draft);
    }

    long create(CutoverDraft draft, String requester) {
        return rows.insert(draft, analyse(draft), requester, clock.instant());
    }

    /** Changing the window or scope of an approved plan sends it back for approval, and tells those told. */
    void update(long id, CutoverDraft draft, String actor) {
        CutoverPlan plan = rows.lock(id);
        plan.status().requireEditable();
        Impact impact = analyse(draft);
        Instant now = clock.instant();
        boolean moved = !plan.windowStart().equals(draft.windowStart().toInstant())
                || !plan.windowEnd().equals(draft.windowEnd().toInstant())
                || !new HashSet<>(rows.scope(id)).equals(new HashSet<>(impact.scope()))
                || !circuitIds(rows.circuits(id)).equals(circuitIds(impact.circuits()));
        rows.update(id, draft, impact, now);
        plan.status().afterEdit(moved).ifPresent(next -> {
            if (next == CutoverStatus.DRAFT) {
                rows.status(id, next, actor, "edited after rejection", now);
            } else {
                rows.status(id, next, actor, "window or scope changed after approval", now);
                notices.toldAgain(plan, "changed", now);
                windows.changed();
            }
        });
    }

    void submit(long id, String actor) {
        CutoverPlan plan = rows.lock(id);
        CutoverStatus submitted = plan.status().moveTo(CutoverStatus.SUBMITTED);
        if (!plan.windowEnd().isAfter(clock.instant())) {
            throw new ConflictException(Text.of("cutover.windowPassed", plan.number(), plan.windowEnd().toString()));
        }
        List<AffectedCircuit> circuits = impacts.analyse(draftOf(plan)).circuits();
        if (circuits.isEmpty() && !plan.noCustomerImpact()) {
            throw new ConflictException(Text.of("cutover.hitsNothing", plan.number()));
        }
        // A plan that can no longer be approved in time is told so now, not when the approver gets to it.
        requireLeadTime(plan, circuits, clock.instant());
        rows.status(id, submitted, actor, null, clock.instant());
    }

    /**
     * Approval stores the impact as it is now (the notices are made of it), checks the lead time against the
     * tiers hit, and tells every affected account manager.
     */
    void approve(long id, String actor) {
        CutoverPlan plan = rows.lock(id);
        CutoverStatus approvedStatus = plan.status().moveTo(CutoverStatus.APPROVED);
        if (plan.requester().equals(actor)) {
            throw new ConflictException(Text.of("cutover.ownApproval", plan.number(), actor));
        }
        Instant now = clock.instant();
        CutoverDraft draft = draftOf(plan);
        List<AffectedCircuit> circuits = impacts.analyse(draft).circuits();
        requireLeadTime(plan, circuits, now);
        rows.storeImpact(id, circuits, now);
        rows.approved(id, actor, now);
        rows.status(id, approvedStatus, actor, plan.emergency() ? "emergency" : null, now);
        CutoverPlan approved = rows.find(id).orElseThrow();
        notices.approved(approved, now);
        long told = circuits.stream().map(AffectedCircuit::accountManagerEmployeeId).filter(Objects::nonNull)
                .distinct().count();
        rows.status(id, approvedStatus.moveTo(CutoverStatus.NOTIFIED), "kexiang", told + " account manager(s) notified",
                now);
        windows.changed();
    }

    private void requireLeadTime(CutoverPlan plan, List<AffectedCircuit> circuits, Instant now) {
        Set<ServiceTier> tiers = circuits.stream().map(c -> ServiceTier.valueOf(c.tier())).collect(Collectors.toSet());
        settings.leadTimePolicy().violation(tiers, plan.windowStart(), now, plan.emergency()).ifPresent(why -> {
            throw new ConflictException(why);
        });
    }

    void reject(long id, String actor, String reason, String note) {
        CutoverPlan plan = rows.lock(id);
        CutoverStatus rejected = plan.status().moveTo(CutoverStatus.REJECTED);
        if (reason == null || !rows.isActiveRejectReason(reason)) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("reason", reason,
                    Text.of("cutover.rejectReason"))));
        }
        rows.rejected(id, reason, note);
        rows.status(id, rejected, actor, note == null ? reason : reason + ": " + note, clock.instant());
    }

    void start(long id, String actor) {
        CutoverPlan plan = rows.lock(id);
        CutoverStatus started = plan.status().moveTo(CutoverStatus.IN_PROGRESS);
        Instant now = clock.instant();
        rows.status(id, started, actor, null, now);
        rows.started(id, now);
    }

    /** Completed or rolled back: the account managers told of the plan hear how it ended. */
    void finish(long id, String actor, CutoverStatus how, String note) {
        CutoverPlan plan = rows.lock(id);
        CutoverStatus finished = plan.status().moveTo(how);
        if (finished == CutoverStatus.ROLLED_BACK) {
            requireNote(note);
        }
        Instant now = clock.instant();
        rows.status(id, finished, actor, note, now);
        rows.finished(id, now);
        notices.toldAgain(plan, "completed", now);
    }

    void cancel(long id, String actor, String note) {
        CutoverPlan plan = rows.lock(id);
        CutoverStatus cancelled = plan.status().moveTo(CutoverStatus.CANCELLED);
        requireNote(note);
        Instant now = clock.instant();
        rows.status(id, cancelled, actor, note, now);
        if (plan.status().isApproved()) {
            notices.toldAgain(plan, "cancelled", now);
            windows.changed();
        }
    }

    CutoverDraft draftOf(CutoverPlan plan) {
        return new CutoverDraft(plan.title(), plan.reason(), plan.executingUnit(),
                plan.windowStart().atOffset(java.time.ZoneOffset.UTC), plan.windowEnd().atOffset(java.time.ZoneOffset.UTC),
                plan.riskLevel(), plan.rollbackPlan(), plan.emergency(), plan.customerLanguage(), rows.scope(plan.id()),
                rows.expected(plan.id()), plan.noCustomerImpact());
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw InvalidInputException.badRequest(FieldProblem.of("note", null, Text.of("cutover.noteRequired")));
        }
    }

    private static Set<String> circuitIds(List<AffectedCircuit> circuits) {
        return circuits.stream().map(AffectedCircuit::circuitId).collect(Collectors.toSet());
    }
}
