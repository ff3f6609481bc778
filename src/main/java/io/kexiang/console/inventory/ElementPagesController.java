package io.kexiang.console.inventory;

import io.kexiang.alarm.AlarmBoard;
import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.inventory.ElementBook;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** 资源 · 网元: a search of network elements, and an element with the circuits it carries and its open alarms. */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class ElementPagesController {

    private final ElementBook elements;
    private final AlarmBoard alarms;
    private final ConsoleProblems problems;

    ElementPagesController(ElementBook elements, AlarmBoard alarms, ConsoleProblems problems) {
        this.problems = problems;
        this.elements = elements;
        this.alarms = alarms;
    }

    @GetMapping("/inventory/elements")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("elements", elements.elements(q, 200));
        return "inventory/elements";
    }

    @GetMapping("/inventory/elements/{name}")
    String element(@PathVariable String name, Authentication viewer, Model model) {
        model.addAttribute("element", elements.element(name, viewer));
        model.addAttribute("rows", alarms.open(Map.of("networkElement", name), viewer, 0, 100).rows());
        return "inventory/element";
    }

    /** The element's own v1/v2c communities, comma-separated; empty: the receiver's list applies to it. */
    @PostMapping("/inventory/elements/{name}/communities")
    @PreAuthorize("hasRole('ADMIN')")
    String communities(@PathVariable String name, @RequestParam(defaultValue = "") String communities,
            Locale locale, RedirectAttributes flash) {
        List<String> given = Arrays.stream(communities.split(",")).map(String::trim).filter(c -> !c.isEmpty())
                .toList();
        return problems.act("/inventory/elements/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8), flash,
                locale, () -> elements.trapCommunities(name, given));
    }
}
