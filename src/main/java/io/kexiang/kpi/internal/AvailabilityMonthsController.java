package io.kexiang.kpi.internal;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/availability/months}: which months' availability is frozen (and when, by whom); freezing one again
 * after a late correction (a clear entered afterwards, a cutover approved late) — the centre's managers.
 */
@RestController
@PreAuthorize("hasAnyRole('DEPT_MANAGER', 'VP', 'ADMIN')")
class AvailabilityMonthsController {

    private final AvailabilityRollups rollups;
    private final AvailabilityFreeze freeze;

    AvailabilityMonthsController(AvailabilityRollups rollups, AvailabilityFreeze freeze) {
        this.rollups = rollups;
        this.freeze = freeze;
    }

    @GetMapping("/api/v1/availability/months")
    List<Map<String, Object>> months() {
        return rollups.months();
    }

    /** Counts the month from the alarms again and keeps it: {@code {"month", "circuitsDown"}}; 409 while another does. */
    @PostMapping("/api/v1/availability/months/{month}/freeze")
    Map<String, Object> freeze(@PathVariable String month, Authentication caller) {
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.badRequest(FieldProblem.of("month", month, Text.of("kpi.month")));
        }
        if (!freeze.ended(parsed)) {
            throw InvalidInputException.badRequest(FieldProblem.of("month", month, Text.of("kpi.monthNotEnded")));
        }
        int circuits = freeze.freeze(parsed, caller.getName());
        if (circuits < 0) {
            throw new ConflictException(Text.of("kpi.freezing", month));
        }
        return Map.of("month", parsed.toString(), "circuitsDown", circuits);
    }
}
