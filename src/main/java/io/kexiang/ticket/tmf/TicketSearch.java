package io.kexiang.ticket.tmf;

import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.database.Where;
import io.kexiang.ticket.store.TicketRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The ticket list's TMF630 filters ({@code status=acknowledged,inProgress}: a comma means "or"), for the TMF621
 * list and the console's queues alike; an account manager finds their own customers' tickets only. An unknown
 * filter is refused, so that a typo does not look like "no tickets".
 */
@Component
class TicketSearch {

    private static final Map<String, String> FILTERS = Map.ofEntries(Map.entry("status", "status = any (?)"),
            // The kind Kexiang files a ticket under, or the type its client sent.
            Map.entry("ticketType", "?::varchar[] && array[ticket_type, coalesce(reported_type, ticket_type)]"),
            Map.entry("severity", "severity = any (?)"), Map.entry("priority", "priority = any (?)"),
            Map.entry("customer", "customer_code = any (?)"), Map.entry("ticketNumber", "number = any (?)"),
            Map.entry("assignee", "assignee = any (?)"),
            Map.entry("accountManager", "account_manager_employee_id = any (?)"),
            Map.entry("origin", "origin = any (?)"),
            Map.entry("alarm", "id in (select ticket_id from ticket_alarm where alarm_id = any (?::bigint[]))"),
            Map.entry("circuit", "id in (select ticket_id from ticket_circuit where circuit_id = any (?))"),
            Map.entry("triage", "triage = any (?::boolean[])"));
    private static final Set<String> NOT_FILTERS = Set.of("fields", "offset", "limit");

    private final TicketRows rows;

    TicketSearch(TicketRows rows) {
        this.rows = rows;
    }

    /** The ids of a page of the tickets passing the filters, newest first, and how many pass in all. */
    record Found(List<Long> ids, long total) {
    }

    Found find(Map<String, String> parameters, Authentication caller, int offset, int limit) {
        Where where = new Where();
        CustomerScope.ownCustomersOf(caller).ifPresent(manager -> where.and("account_manager_employee_id = ?",
                manager));
        List<FieldProblem> problems = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (name.equals("alarm") && !value.matches("\\d{1,18}(,\\d{1,18})*")) {
                problems.add(FieldProblem.of(name, value, Text.of("ticket.alarmFilter")));
            } else if (name.equals("triage") && !value.matches("(true|false)(,(true|false))*")) {
                problems.add(FieldProblem.of(name, value, Text.of("problem.boolean")));
            } else if (FILTERS.containsKey(name)) {
                where.and(FILTERS.get(name), value.split(","));
            } else if (!NOT_FILTERS.contains(name)) {
                problems.add(FieldProblem.of(name, value, Text.of("problem.notAFilter",
                        String.join(", ", FILTERS.keySet()))));
            }
        });
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new Found(rows.ids(where, offset, limit), rows.count(where));
    }
}
