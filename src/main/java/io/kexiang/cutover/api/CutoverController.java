package io.kexiang.cutover.api;

import io.kexiang.cutover.notice.NoticeContent;
import io.kexiang.cutover.plan.AffectedCircuit;
import io.kexiang.cutover.CutoverDraft;
import io.kexiang.cutover.plan.CutoverPlan;
import io.kexiang.cutover.plan.CutoverRows;
import io.kexiang.cutover.plan.CutoverStatus;
import io.kexiang.cutover.plan.Impact;
import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.database.Where;
import io.kexiang.shared.web.PageWindow;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cutover plans: engineers and managers plan them and move them along; specialists and managers approve; every
 * member of staff reads them (an account manager sees what hits their customers).
 */
@RestController
@RequestMapping("/api/v1/cutovers")
@PreAuthorize("hasAuthority('STAFF')")
class CutoverController {

    static final String PLANNERS = "hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')";
    static final String APPROVERS = "hasAnyRole('TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')";

    private final CutoverLifecycle lifecycle;
    private final CutoverRows rows;
    private final CutoverViews views;
    private final NoticeContent content;

    CutoverController(CutoverLifecycle lifecycle, CutoverRows rows, CutoverViews views, NoticeContent content) {
        this.lifecycle = lifecycle;
        this.rows = rows;
        this.views = views;
        this.content = content;
    }

    @GetMapping
    ResponseEntity<List<Map<String, Object>>> list(@RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String customer, @RequestParam(required = false) String accountManager,
            @RequestParam(required = false) String circuit, @RequestParam(required = false) String networkElement,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        PageWindow page = PageWindow.of(offset, limit);
        Where where = new Where()
                .and("status = any (?)", status == null ? null : status.toArray(String[]::new))
                .and("id in (select plan_id from cutover_circuit where customer_code = ?)", customer)
                .and("id in (select plan_id from cutover_circuit where account_manager_employee_id = ?)",
                        accountManager)
                .and("id in (select plan_id from cutover_circuit where circuit_id = ?)", circuit)
                .and("id in (select plan_id from cutover_scope where network_element = ?)", networkElement)
                .and("window_end > ?", from == null ? null : Timestamp.from(from.toInstant()))
                .and("window_start < ?", to == null ? null : Timestamp.from(to.toInstant()));
        List<Map<String, Object>> body = rows.query(where, page.offset(), page.limit()).stream()
                .map(views::summary).toList();
        return PageWindow.respond(rows.count(where), body);
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        return views.detail(plan(id));
    }

    @PostMapping
    @PreAuthorize(PLANNERS)
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody CutoverDraft draft, Principal principal) {
        long id = lifecycle.create(draft, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/cutovers/" + id)).body(views.detail(plan(id)));
    }

    /** The impact of a plan not yet saved: circuits, customers, account managers, conflicts, lead time. */
    @PostMapping("/impact-preview")
    @PreAuthorize(PLANNERS)
    Map<String, Object> preview(@Valid @RequestBody CutoverDraft draft) {
        Impact impact = lifecycle.analyse(draft);
        return views.preview(draft, impact.circuits());
    }

    @PutMapping("/{id}")
    @PreAuthorize(PLANNERS)
    Map<String, Object> update(@PathVariable long id, @Valid @RequestBody CutoverDraft draft, Principal principal) {
        lifecycle.update(id, draft, principal.getName());
        return views.detail(plan(id));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(PLANNERS)
    Map<String, Object> submit(@PathVariable long id, Principal principal) {
        lifecycle.submit(id, principal.getName());
        return views.detail(plan(id));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(APPROVERS)
    Map<String, Object> approve(@PathVariable long id, Principal principal) {
        lifecycle.approve(id, principal.getName());
        return views.detail(plan(id));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(APPROVERS)
    Map<String, Object> reject(@PathVariable long id, @RequestBody Decision decision, Principal principal) {
        lifecycle.reject(id, principal.getName(), decision.reason(), decision.note());
        return views.detail(plan(id));
    }

    @PostMapping("/{id}/start")
    @PreAuthorize(PLANNERS)
    Map<String, Object> start(@PathVariable long id, Principal principal) {
        lifecycle.start(id, principal.getName());
        return views.detail(plan(id));
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize(PLANNERS)
    Map<String, Object> complete(@PathVariable long id, @RequestBody(required = false) Decision decision,
            Principal principal) {
        lifecycle.finish(id, principal.getName(), CutoverStatus.COMPLETED, decision == null ? null : decision.note());
        return views.detail(plan(id));
    }

    @PostMapping("/{id}/roll-back")
    @PreAuthorize(PLANNERS)
    Map<String, Object> rollBack(@PathVariable long id, @RequestBody Decision decision, Principal principal) {
        lifecycle.finish(id, principal.getName(), CutoverStatus.ROLLED_BACK, decision.note());
        return views.detail(plan(id));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(PLANNERS)
    Map<String, Object> cancel(@PathVariable long id, @RequestBody Decision decision, Principal principal) {
        lifecycle.cancel(id, principal.getName(), decision.note());
        return views.detail(plan(id));
    }

    /**
     * The text for each customer the plan hits, ready to forward, in the plan's language or {@code lang} (zh-CN,
     * en); an account manager gets their own customers' only.
     */
    @GetMapping("/{id}/customer-texts")
    Map<String, String> customerTexts(@PathVariable long id, @RequestParam(required = false) String lang,
            Authentication caller) {
        CutoverPlan plan = plan(id);
        String language = lang == null ? plan.customerLanguage() : lang;
        if (!List.of("zh-CN", "en").contains(language)) {
            throw InvalidInputException.badRequest(FieldProblem.of("lang", lang, Text.oneOf(List.of("zh-CN", "en"))));
        }
        Optional<String> accountManager = CustomerScope.ownCustomersOf(caller);
        List<AffectedCircuit> circuits = rows.circuits(id).stream().filter(c -> accountManager.isEmpty()
                || accountManager.get().equals(c.accountManagerEmployeeId())).toList();
        return content.customerTexts(plan, circuits, language);
    }

    private CutoverPlan plan(long id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("cutover", id));
    }

    /** A rejection's reason (a catalogue code) and a note; a cancellation or roll-back's note. */
    record Decision(String reason, String note) {
    }
}
