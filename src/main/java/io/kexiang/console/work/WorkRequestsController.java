package io.kexiang.console.work;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.ordering.CircuitOrderDesk;
import io.kexiang.presales.PresalesDesk;
import io.kexiang.qualification.ResourceCheckDesk;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发起流程: a resource check (资源核查申请), a circuit order keyed in (调单录入) and a pre-sales case (售前需求), as
 * forms. Each form becomes the body the module's own API takes (TMF645, TMF641, the pre-sales resource), so the
 * console and the OSS clients are checked alike; refusals come back on the form, naming the fields.
 */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class WorkRequestsController {

    private static final List<String> CIRCUIT_FIELDS = List.of("bandwidthKbps", "aEnd.ne", "aEnd.ifIndex",
            "aEnd.ifName", "zEnd.ne", "zEnd.ifIndex", "zEnd.ifName", "dlci", "vpi", "vci", "vrf", "routeDistinguisher",
            "e1Line", "timeslots");

    /** Each resource-check field the API may name, by the form label (message key) that fills it. */
    private static final Map<String, String> CHECK_LABELS = Map.of(
            "relatedParty", "console.work.customer",
            "serviceQualificationItem[0].service.serviceType", "console.work.serviceType",
            "serviceQualificationItem[0].service.serviceCharacteristic", "console.work.bandwidth",
            "serviceQualificationItem[0].service.place", "console.work.site",
            "serviceQualificationItem[0].expectedServiceAvailabilityDate", "console.work.wanted",
            "expectedQualificationDate", "console.work.answerBy",
            "description", "console.work.description");
    private static final Map<String, String> PRESALES_LABELS = Map.of(
            "customer", "console.work.customer", "requirement", "console.work.requirement",
            "serviceType", "console.work.serviceType", "bandwidth", "console.work.bandwidth",
            "siteAddress", "console.work.site", "wantedDate", "console.work.wanted");

    private final ResourceCheckDesk checks;
    private final CircuitOrderDesk orders;
    private final PresalesDesk presales;
    private final ConsoleProblems problems;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final ZoneId zone;

    WorkRequestsController(ResourceCheckDesk checks, CircuitOrderDesk orders, PresalesDesk presales,
            ConsoleProblems problems, MessageSource messages, ObjectMapper json,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.messages = messages;
        this.checks = checks;
        this.orders = orders;
        this.presales = presales;
        this.problems = problems;
        this.json = json;
        this.zone = zone;
    }

    @GetMapping("/work/new")
    String form() {
        return "work/new";
    }

    @PostMapping("/work/new/resource-check")
    String resourceCheck(@RequestParam Map<String, String> form, Authentication viewer, Locale locale,
            RedirectAttributes flash) {
        ObjectNode body = json.createObjectNode();
        put(body, "description", form.get("description"));
        put(body, "expectedQualificationDate", dayTime(form.get("expectedQualificationDate")));
        body.putArray("relatedParty").addObject().put("id", form.getOrDefault("customer", ""))
                .put("role", "customer").put("@referredType", "Organization");
        ObjectNode item = body.putArray("serviceQualificationItem").addObject().put("id", "1");
        put(item, "expectedServiceAvailabilityDate", dayTime(form.get("wantedDate")));
        ObjectNode service = item.putObject("service");
        put(service, "serviceType", form.get("serviceType"));
        if (!blank(form.get("bandwidth"))) {
            service.putArray("serviceCharacteristic").addObject().put("name", "bandwidth")
                    .put("value", form.get("bandwidth"));
        }
        service.putArray("place").addObject().put("role", "installationAddress")
                .put("name", form.getOrDefault("siteAddress", ""));
        return started(flash, locale, labels(CHECK_LABELS, locale), () -> checks.request(body, viewer));
    }

    @PostMapping("/work/new/circuit-order")
    String circuitOrder(@RequestParam Map<String, String> form, Authentication viewer, Locale locale,
            RedirectAttributes flash) {
        ObjectNode body = json.createObjectNode();
        put(body, "externalId", form.get("externalId"));
        put(body, "description", form.get("description"));
        put(body, "category", form.get("category"));
        ArrayNode parties = body.putArray("relatedParty");
        parties.addObject().put("id", form.getOrDefault("customer", "")).put("role", "customer")
                .put("@referredType", "Organization");
        if (!blank(form.get("branch"))) {
            parties.addObject().put("id", form.get("branch")).put("name", form.get("branch"))
                    .put("role", "branchOffice").put("@referredType", "Organization");
        }
        ObjectNode item = body.putArray("serviceOrderItem").addObject().put("id", "1");
        put(item, "action", form.getOrDefault("action", "add"));
        ObjectNode service = item.putObject("service");
        put(service, "id", form.get("circuitId"));
        put(service, "serviceType", form.get("serviceType"));
        ArrayNode characteristics = service.putArray("serviceCharacteristic");
        CIRCUIT_FIELDS.stream().filter(field -> !blank(form.get(field))).forEach(field -> characteristics
                .addObject().put("name", field).put("value", form.get(field).trim()));
        return started(flash, locale, orderLabels(locale), () -> orders.place(body, viewer));
    }

    @PostMapping("/work/new/presales")
    String presales(@RequestParam Map<String, String> form, Authentication viewer, Locale locale,
            RedirectAttributes flash) {
        ObjectNode body = json.createObjectNode();
        for (String field : List.of("customer", "requirement", "serviceType", "bandwidth", "siteAddress",
                "wantedDate")) {
            put(body, field, form.get(field));
        }
        return started(flash, locale, labels(PRESALES_LABELS, locale), () -> presales.open(body, viewer));
    }

    private String started(RedirectAttributes flash, Locale locale, Map<String, String> labels,
            java.util.function.Supplier<String> start) {
        String[] number = new String[1];
        String page = problems.act("/work/new", flash, locale, labels, () -> number[0] = start.get());
        if (number[0] == null) {
            return page;
        }
        flash.addFlashAttribute("started", number[0]);
        return "redirect:/work";
    }

    /** A refusal names each field as the form labels it (客户编码（relatedParty）), not by the API's path alone. */
    private Map<String, String> labels(Map<String, String> keys, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        keys.forEach((field, key) -> labels.put(field, messages.getMessage(key, null, field, locale)));
        return labels;
    }

    private Map<String, String> orderLabels(Locale locale) {
        Map<String, String> keys = new HashMap<>(Map.of("relatedParty", "console.work.customer",
                "category", "console.work.category", "externalId", "console.work.dispatchNumber",
                "description", "console.work.description", "serviceOrderItem[0].action", "console.work.action",
                "serviceOrderItem[0].service.id", "console.work.circuit",
                "serviceOrderItem[0].service.serviceType", "console.work.serviceType"));
        for (String field : CIRCUIT_FIELDS) {
            keys.put("serviceOrderItem[0].service.serviceCharacteristic." + field, "console.work.field." + field);
            keys.put("serviceOrderItem[0].service." + field, "console.work.field." + field);
        }
        return labels(keys, locale);
    }

    /** A day from a date input, as the start of that day in the centre's zone (TMF takes date-times). */
    private String dayTime(String day) {
        if (blank(day)) {
            return null;
        }
        try {
            return LocalDate.parse(day).atStartOfDay(zone).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return day; // the API names it
        }
    }

    private static void put(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value.trim());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
