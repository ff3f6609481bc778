package io.kexiang.console.alarms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The board's filters as they stand in the page's address (so that a filtered board can be bookmarked and sent to
 * a colleague): the TMF642 list's names; empty values are "any". Paging and the language switch are not filters.
 */
final class BoardFilters {

    static final List<String> NAMES = List.of("perceivedSeverity", "tier", "customer", "circuitType",
            "networkElement", "accountManager", "ackState", "serviceAffecting");

    private BoardFilters() {
    }

    static Map<String, String> of(MultiValueMap<String, String> parameters) {
        Map<String, String> filters = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (name.equals("offset") || name.equals("lang") || name.equals("wall") || name.equals("_csrf") || name.equals("ids")
                    || name.equals("action") || name.equals("comment")) {
                return;
            }
            String joined = String.join(",", values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList());
            if (!joined.isEmpty()) {
                filters.put(name, joined);
            }
        });
        return filters;
    }
}
