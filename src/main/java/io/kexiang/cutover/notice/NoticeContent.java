package io.kexiang.cutover.notice;

import io.kexiang.cutover.plan.AffectedCircuit;
import io.kexiang.cutover.plan.CutoverPlan;
import io.kexiang.notification.NoticeTemplates;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a cutover notice says, from the template files: the plan, the window in the centre's time zone, and the
 * recipient's customers with their circuits, each customer with a text ready to forward in the plan's language.
 */
@Component
public class NoticeContent {

    private final NoticeTemplates templates;
    private final DateTimeFormatter time;

    NoticeContent(NoticeTemplates templates, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.templates = templates;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    public NoticeTemplates.Rendered render(CutoverPlan plan, String kind, String language,
            List<AffectedCircuit> circuits, Map<String, Object> extra) {
        Map<String, Object> variables = new LinkedHashMap<>(extra);
        List<Map<String, Object>> customers = customers(plan, circuits, plan.customerLanguage());
        variables.put("plan", facts(plan));
        variables.put("windowStart", time.format(plan.windowStart()));
        variables.put("windowEnd", time.format(plan.windowEnd()));
        variables.put("customers", customers);
        variables.put("circuitCount", circuits.size());
        return templates.render("cutover-" + kind, language, variables);
    }

    /** The payload a webhook receives beside the text: enough for a robot to build its own message. */
    public Map<String, Object> payload(CutoverPlan plan, String kind, List<AffectedCircuit> circuits) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", kind);
        payload.put("cutover", plan.number());
        payload.put("title", plan.title());
        payload.put("windowStart", plan.windowStart().toString());
        payload.put("windowEnd", plan.windowEnd().toString());
        payload.put("emergency", plan.emergency());
        payload.put("circuits", circuits.stream().map(c -> Map.of("circuitId", c.circuitId(), "customerCode",
                c.customerCode(), "impact", c.impact())).toList());
        return payload;
    }

    /** Templates read maps: their expressions do not see record accessors. */
    private static Map<String, Object> facts(CutoverPlan plan) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("number", plan.number());
        facts.put("title", plan.title());
        facts.put("reason", plan.reason());
        facts.put("executingUnit", plan.executingUnit());
        facts.put("requester", plan.requester());
        facts.put("riskLevel", plan.riskLevel());
        facts.put("rollbackPlan", plan.rollbackPlan());
        facts.put("emergency", plan.emergency());
        facts.put("status", plan.status().api());
        return facts;
    }

    private static Map<String, Object> facts(AffectedCircuit circuit) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("circuitId", circuit.circuitId());
        facts.put("circuitType", circuit.circuitType());
        facts.put("impact", circuit.impact());
        facts.put("durationMinutes", circuit.durationMinutes());
        return facts;
    }

    /** The text to forward to each customer among these circuits' owners, in the language asked for. */
    public Map<String, String> customerTexts(CutoverPlan plan, List<AffectedCircuit> circuits, String language) {
        Map<String, String> texts = new LinkedHashMap<>();
        customers(plan, circuits, language).forEach(customer -> texts.put((String) customer.get("code"),
                (String) customer.get("text")));
        return texts;
    }

    private List<Map<String, Object>> customers(CutoverPlan plan, List<AffectedCircuit> circuits, String language) {
        Map<String, List<AffectedCircuit>> byCustomer = new LinkedHashMap<>();
        circuits.forEach(c -> byCustomer.computeIfAbsent(c.customerCode(), code -> new ArrayList<>()).add(c));
        List<Map<String, Object>> customers = new ArrayList<>();
        byCustomer.forEach((code, theirs) -> {
            Map<String, Object> customer = new LinkedHashMap<>();
            customer.put("code", code);
            customer.put("name", theirs.get(0).customerName());
            customer.put("tier", theirs.get(0).tier());
            customer.put("circuits", theirs.stream().map(NoticeContent::facts).toList());
            Map<String, Object> forward = Map.of("plan", facts(plan), "windowStart", time.format(plan.windowStart()),
                    "windowEnd", time.format(plan.windowEnd()), "customer", customer);
            NoticeTemplates.Rendered text = templates.render("cutover-customer", language, forward);
            customer.put("text", text.subject() + "\n" + text.text());
            customers.add(customer);
        });
        return customers;
    }
}
