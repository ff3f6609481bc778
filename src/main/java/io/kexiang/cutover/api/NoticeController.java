package io.kexiang.cutover.api;

import io.kexiang.cutover.notice.NoticeConfirmations;
import io.kexiang.cutover.plan.CutoverRows;
import io.kexiang.identity.CustomerScope;
import io.kexiang.outbox.Outbox;
import io.kexiang.shared.NotFoundException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's notices, with how each delivery fared; an account manager sees their own and confirms them.
 */
@RestController
class NoticeController {

    private final CutoverRows plans;
    private final Outbox outbox;
    private final NoticeConfirmations confirmations;

    NoticeController(CutoverRows plans, Outbox outbox, NoticeConfirmations confirmations) {
        this.plans = plans;
        this.outbox = outbox;
        this.confirmations = confirmations;
    }

    @GetMapping("/api/v1/cutovers/{id}/notices")
    @PreAuthorize("hasAuthority('STAFF')")
    List<Map<String, Object>> notices(@PathVariable long id, Authentication caller) {
        plans.find(id).orElseThrow(() -> new NotFoundException("cutover", id));
        String onlyTo = CustomerScope.ownCustomersOf(caller).isPresent() ? caller.getName() : null;
        List<Map<String, Object>> notices = new ArrayList<>();
        for (Map<String, Object> row : confirmations.notices(id, onlyTo)) {
            Map<String, Object> notice = new LinkedHashMap<>();
            row.forEach((column, value) -> notice.put(camel(column), value));
            notice.put("id", String.valueOf(row.get("id")));
            notice.put("deliveries", outbox.deliveries("cutover-notice:" + row.get("id")));
            notices.add(notice);
        }
        return notices;
    }

    @PostMapping("/api/v1/cutovers/{id}/notices/{noticeId}/confirmation")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    Map<String, Object> confirm(@PathVariable long id, @PathVariable long noticeId, Principal principal) {
        return confirmed(confirmations.confirm(id, noticeId, principal.getName()));
    }

    static Map<String, Object> confirmed(Map<String, Object> notice) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(notice.get("id")));
        view.put("cutover", notice.get("number"));
        view.put("recipient", notice.get("recipient"));
        view.put("confirmedAt", notice.get("confirmed_at"));
        return view;
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
