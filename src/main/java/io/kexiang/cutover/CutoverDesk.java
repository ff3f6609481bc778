package io.kexiang.cutover;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * Cutovers (割接) for the console: the calendar of windows, a plan and its impact, the editor's live preview, the
 * approval, and the notices to account managers with their confirmations. Plans are the representation of
 * {@code /api/v1/cutovers}, and the same rules hold (who may plan, who may approve, lead times, reject reasons).
 */
public interface CutoverDesk {

    /** Plans whose window overlaps [from, to), earliest first. */
    List<Map<String, Object>> windows(Instant from, Instant to, Authentication viewer);

    Map<String, Object> plan(long id, Authentication viewer);

    /**
     * What a draft would hit, before it is saved: customers by tier, account managers, conflicts, lead time.
     *
     * @throws io.kexiang.shared.InvalidInputException naming each bad field of the draft
     */
    Map<String, Object> preview(CutoverDraft draft, Authentication planner);

    /** @return the new plan's id */
    long create(CutoverDraft draft, Authentication planner);

    void submit(long id, Authentication planner);

    void approve(long id, Authentication approver);

    void reject(long id, String reason, String note, Authentication approver);

    /** The reasons an approver picks from when rejecting (不同意原因). */
    List<Map<String, Object>> rejectReasons();

    /** Adds or changes a reject reason (不同意原因维护); an inactive one is no longer offered. */
    void putRejectReason(String code, String nameZh, String nameEn, boolean active);

    /** A plan's notices, with whether each recipient confirmed; an account manager sees their own only. */
    List<Map<String, Object>> notices(long planId, Authentication viewer);

    /** The notices sent to the viewer, newest first: an account manager's inbox. */
    List<Map<String, Object>> inbox(Authentication viewer, int limit);

    void confirm(long planId, long noticeId, Authentication recipient);

    /** The text to forward to each of the plan's customers (the viewer's own, for an account manager). */
    Map<String, String> customerTexts(long planId, Authentication viewer);
}
