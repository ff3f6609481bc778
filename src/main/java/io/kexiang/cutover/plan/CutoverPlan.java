package io.kexiang.cutover.plan;

import java.time.Instant;

/** A stored cutover plan, without its scope and impact (see {@link CutoverRows}). */
public record CutoverPlan(long id, String number, String title, String reason, String executingUnit,
                          String requester, Instant windowStart, Instant windowEnd, String riskLevel,
                          String rollbackPlan, boolean emergency, String customerLanguage, CutoverStatus status,
                          int approvalRound, String rejectReason, String rejectNote, String approvedBy,
                          Instant approvedAt, Instant impactAt, Instant startedAt, Instant finishedAt,
                          Instant windowCheckedAt, Instant createdAt, Instant updatedAt,
                          boolean noCustomerImpact) {
}
