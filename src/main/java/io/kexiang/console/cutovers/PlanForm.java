package io.kexiang.console.cutovers;

import io.kexiang.cutover.CutoverDraft;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plan editor's form as typed: window times in the centre's zone ({@code datetime-local}), the scope as lines
 * (an element, {@code element|interface}, or a circuit on the circuits' list). Turned into the API's draft, which
 * is validated as the API validates it.
 */
public class PlanForm {

    private String title = "";
    private String reason = "";
    private String executingUnit = "";
    private String windowStart = "";
    private String windowEnd = "";
    private String riskLevel = "medium";
    private String rollbackPlan = "";
    private boolean emergency;
    private boolean noCustomerImpact;
    private String customerLanguage = "zh-CN";
    private String elements = "";
    private String circuits = "";

    CutoverDraft draft(ZoneId zone) {
        List<CutoverDraft.Scope> scope = new ArrayList<>();
        lines(elements).forEach(line -> {
            int bar = line.indexOf('|');
            scope.add(bar < 0 ? new CutoverDraft.Scope(line, null, null)
                    : new CutoverDraft.Scope(line.substring(0, bar).trim(), line.substring(bar + 1).trim(), null));
        });
        lines(circuits).forEach(line -> scope.add(new CutoverDraft.Scope(null, null, line)));
        return new CutoverDraft(title, reason, executingUnit, time(windowStart, zone), time(windowEnd, zone),
                riskLevel, rollbackPlan, emergency, customerLanguage, scope, List.of(), noCustomerImpact);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n]+")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** A time the browser could not have sent (typed by hand) is no time: the draft names the field as missing. */
    private static OffsetDateTime time(String local, ZoneId zone) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getExecutingUnit() { return executingUnit; }
    public void setExecutingUnit(String executingUnit) { this.executingUnit = executingUnit; }
    public String getWindowStart() { return windowStart; }
    public void setWindowStart(String windowStart) { this.windowStart = windowStart; }
    public String getWindowEnd() { return windowEnd; }
    public void setWindowEnd(String windowEnd) { this.windowEnd = windowEnd; }
    public String getRiskLevel() { return riskLevel; }
    public void setRiskLevel(String riskLevel) { this.riskLevel = riskLevel; }
    public String getRollbackPlan() { return rollbackPlan; }
    public void setRollbackPlan(String rollbackPlan) { this.rollbackPlan = rollbackPlan; }
    public boolean isEmergency() { return emergency; }
    public void setEmergency(boolean emergency) { this.emergency = emergency; }
    public boolean isNoCustomerImpact() { return noCustomerImpact; }
    public void setNoCustomerImpact(boolean noCustomerImpact) { this.noCustomerImpact = noCustomerImpact; }
    public String getCustomerLanguage() { return customerLanguage; }
    public void setCustomerLanguage(String customerLanguage) { this.customerLanguage = customerLanguage; }
    public String getElements() { return elements; }
    public void setElements(String elements) { this.elements = elements; }
    public String getCircuits() { return circuits; }
    public void setCircuits(String circuits) { this.circuits = circuits; }
}
