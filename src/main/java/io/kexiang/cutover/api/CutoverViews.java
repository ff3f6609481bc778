package io.kexiang.cutover.api;

import io.kexiang.cutover.impact.Conflicts;
import io.kexiang.cutover.plan.AffectedCircuit;
import io.kexiang.cutover.CutoverDraft;
import io.kexiang.cutover.plan.CutoverPlan;
import io.kexiang.cutover.plan.CutoverRows;
import io.kexiang.cutover.plan.CutoverSettings;
import io.kexiang.cutover.plan.LeadTimePolicy;
import io.kexiang.shared.ServiceTier;
import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A plan as the API shows it: the plan, its scope, its impact by customer, conflicts, lead time, history. */
@Component
class CutoverViews {

    private final CutoverRows rows;
    private final Conflicts conflicts;
    private final LeadTimePolicy leadTime;
    private final Texts texts;

    CutoverViews(CutoverRows rows, Conflicts conflicts, CutoverSettings settings, Texts texts) {
        this.rows = rows;
        this.conflicts = conflicts;
        this.leadTime = settings.leadTimePolicy();
        this.texts = texts;
    }

    Map<String, Object> summary(CutoverPlan plan) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(plan.id()));
        view.put("href", "/api/v1/cutovers/" + plan.id());
        view.put("number", plan.number());
        view.put("title", plan.title());
        view.put("status", plan.status().api());
        view.put("windowStart", plan.windowStart());
        view.put("windowEnd", plan.windowEnd());
        view.put("riskLevel", plan.riskLevel());
        view.put("emergency", plan.emergency());
        view.put("noCustomerImpact", plan.noCustomerImpact());
        view.put("executingUnit", plan.executingUnit());
        view.put("requester", plan.requester());
        return view;
    }

    Map<String, Object> detail(CutoverPlan plan) {
        Map<String, Object> view = summary(plan);
        view.put("reason", plan.reason());
        view.put("rollbackPlan", plan.rollbackPlan());
        view.put("customerLanguage", plan.customerLanguage());
        view.put("approvalRound", plan.approvalRound());
        view.put("approvedBy", plan.approvedBy());
        view.put("approvedAt", plan.approvedAt());
        view.put("rejectReason", plan.rejectReason());
        view.put("rejectNote", plan.rejectNote());
        view.put("startedAt", plan.startedAt());
        view.put("finishedAt", plan.finishedAt());
        view.put("windowCheckedAt", plan.windowCheckedAt());
        view.put("scope", rows.scope(plan.id()));
        view.put("expectedImpact", rows.expected(plan.id()));
        List<AffectedCircuit> circuits = rows.circuits(plan.id());
        view.put("impact", impact(circuits, plan.impactAt()));
        view.put("leadTime", leadTime(circuits, plan.windowStart(), plan.emergency()));
        view.put("conflicts", conflicts.with(plan.id(), circuits.stream().map(AffectedCircuit::circuitId).toList(),
                plan.windowStart(), plan.windowEnd()));
        view.put("statusChange", rows.history(plan.id()));
        return view;
    }

    /** A preview: what the draft would hit, before anything is saved. */
    Map<String, Object> preview(CutoverDraft draft, List<AffectedCircuit> circuits) {
        Instant start = draft.windowStart().toInstant();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("impact", impact(circuits, null));
        if (circuits.isEmpty()) {
            // In the language of the request, which the dispatcher has set.
            view.put("warning", texts.say(Text.of("cutover.previewHitsNothing"), LocaleContextHolder.getLocale()));
        }
        view.put("leadTime", leadTime(circuits, start, draft.isEmergency()));
        view.put("conflicts", conflicts.with(null, circuits.stream().map(AffectedCircuit::circuitId).toList(), start,
                draft.windowEnd().toInstant()));
        return view;
    }

    private Map<String, Object> leadTime(List<AffectedCircuit> circuits, Instant start, boolean emergency) {
        Set<ServiceTier> tiers = circuits.stream().map(c -> ServiceTier.valueOf(c.tier())).collect(Collectors.toSet());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("applies", leadTime.applies(tiers));
        view.put("approveBy", leadTime.applies(tiers) ? leadTime.approveBy(start) : null);
        view.put("emergency", emergency);
        return view;
    }

    /** Circuits by customer, and the account managers to be told. */
    static Map<String, Object> impact(List<AffectedCircuit> circuits, Instant at) {
        Map<String, Map<String, Object>> customers = new LinkedHashMap<>();
        for (AffectedCircuit circuit : circuits) {
            Map<String, Object> customer = customers.computeIfAbsent(circuit.customerCode(), code -> {
                Map<String, Object> each = new LinkedHashMap<>();
                each.put("customerCode", code);
                each.put("customerName", circuit.customerName());
                each.put("tier", circuit.tier());
                each.put("accountManager", circuit.accountManagerEmployeeId() == null ? null : Map.of(
                        "employeeId", circuit.accountManagerEmployeeId(), "name", circuit.accountManagerName()));
                each.put("circuits", new ArrayList<Map<String, Object>>());
                return each;
            });
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("circuitId", circuit.circuitId());
            line.put("circuitType", circuit.circuitType());
            line.put("impact", circuit.impact());
            line.put("durationMinutes", circuit.durationMinutes());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lines = (List<Map<String, Object>>) customer.get("circuits");
            lines.add(line);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("analysedAt", at);
        view.put("circuitCount", circuits.size());
        view.put("customerCount", customers.size());
        view.put("tiers", new TreeSet<>(circuits.stream().map(AffectedCircuit::tier).toList()));
        view.put("accountManagers", circuits.stream().map(AffectedCircuit::accountManagerEmployeeId)
                .filter(Objects::nonNull).distinct().sorted().toList());
        view.put("customers", List.copyOf(customers.values()));
        return view;
    }
}
