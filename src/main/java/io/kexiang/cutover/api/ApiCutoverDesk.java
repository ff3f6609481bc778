package io.kexiang.cutover.api;

import io.kexiang.cutover.CutoverDesk;
import io.kexiang.cutover.CutoverDraft;
import io.kexiang.cutover.notice.NoticeConfirmations;
import io.kexiang.cutover.notice.NoticeContent;
import io.kexiang.cutover.plan.AffectedCircuit;
import io.kexiang.cutover.plan.CutoverPlan;
import io.kexiang.cutover.plan.CutoverRows;
import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.database.Where;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The console's desk over the same lifecycle, views and notices as {@code /api/v1/cutovers}. */
@Component
@PreAuthorize("hasAuthority('STAFF')")
class ApiCutoverDesk implements CutoverDesk {

    private final CutoverLifecycle lifecycle;
    private final CutoverRows rows;
    private final CutoverViews views;
    private final NoticeContent content;
    private final NoticeConfirmations confirmations;
    private final Validator validator;

    ApiCutoverDesk(CutoverLifecycle lifecycle, CutoverRows rows, CutoverViews views, NoticeContent content,
            NoticeConfirmations confirmations, Validator validator) {
        this.lifecycle = lifecycle;
        this.rows = rows;
        this.views = views;
        this.content = content;
        this.confirmations = confirmations;
        this.validator = validator;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> windows(Instant from, Instant to, Authentication viewer) {
        Where where = new Where().and("window_end > ?", Timestamp.from(from)).and("window_start < ?",
                Timestamp.from(to));
        CustomerScope.ownCustomersOf(viewer).ifPresent(manager -> where.and(
                "id in (select plan_id from cutover_circuit where account_manager_employee_id = ?)", manager));
        return rows.query(where, 0, 1000).stream().sorted(Comparator.comparing(CutoverPlan::windowStart))
                .map(views::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> plan(long id, Authentication viewer) {
        return views.detail(find(id));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(CutoverController.PLANNERS)
    public Map<String, Object> preview(CutoverDraft draft, Authentication planner) {
        validate(draft);
        return views.preview(draft, lifecycle.analyse(draft).circuits());
    }

    @Override
    @PreAuthorize(CutoverController.PLANNERS)
    public long create(CutoverDraft draft, Authentication planner) {
        validate(draft);
        return lifecycle.create(draft, planner.getName());
    }

    @Override
    @PreAuthorize(CutoverController.PLANNERS)
    public void submit(long id, Authentication planner) {
        lifecycle.submit(id, planner.getName());
    }

    @Override
    @PreAuthorize(CutoverController.APPROVERS)
    public void approve(long id, Authentication approver) {
        lifecycle.approve(id, approver.getName());
    }

    @Override
    @PreAuthorize(CutoverController.APPROVERS)
    public void reject(long id, String reason, String note, Authentication approver) {
        lifecycle.reject(id, approver.getName(), reason, note);
    }

    @Override
    public List<Map<String, Object>> rejectReasons() {
        return rows.rejectReasons();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void putRejectReason(String code, String nameZh, String nameEn, boolean active) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (code == null || !code.matches("[A-Z0-9_]{1,32}")) {
            problems.add(FieldProblem.of("code", code, Text.of("console.catalogue.code")));
        }
        if (nameZh == null || nameZh.isBlank()) {
            problems.add(FieldProblem.of("nameZh", nameZh, Text.of("problem.required")));
        }
        if (nameEn == null || nameEn.isBlank()) {
            problems.add(FieldProblem.of("nameEn", nameEn, Text.of("problem.required")));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        rows.putRejectReason(code, nameZh.trim(), nameEn.trim(), active);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> notices(long planId, Authentication viewer) {
        find(planId);
        String onlyTo = CustomerScope.ownCustomersOf(viewer).isPresent() ? viewer.getName() : null;
        return confirmations.notices(planId, onlyTo);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> inbox(Authentication viewer, int limit) {
        return confirmations.sentTo(viewer.getName(), Math.min(limit, 500));
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    public void confirm(long planId, long noticeId, Authentication recipient) {
        confirmations.confirm(planId, noticeId, recipient.getName());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> customerTexts(long planId, Authentication viewer) {
        CutoverPlan plan = find(planId);
        Optional<String> accountManager = CustomerScope.ownCustomersOf(viewer);
        List<AffectedCircuit> circuits = rows.circuits(planId).stream().filter(c -> accountManager.isEmpty()
                || accountManager.get().equals(c.accountManagerEmployeeId())).toList();
        return content.customerTexts(plan, circuits, plan.customerLanguage());
    }

    private CutoverPlan find(long id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("cutover", id));
    }

    /** The same constraints as the API's {@code @Valid}, each broken one named by its field. */
    private void validate(CutoverDraft draft) {
        List<FieldProblem> problems = validator.validate(draft).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(ApiCutoverDesk::problem).toList();
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
    }

    private static FieldProblem problem(ConstraintViolation<CutoverDraft> violation) {
        Object value = violation.getInvalidValue();
        return FieldProblem.of(violation.getPropertyPath().toString(), value instanceof String ? value : null,
                Text.localized(violation.getMessage()));
    }
}
