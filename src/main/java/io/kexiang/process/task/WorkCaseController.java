package io.kexiang.process.task;

import io.kexiang.process.WorkCases;
import io.kexiang.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/work/cases/{number}}: a check, order or pre-sales case followed step by step. One the caller may
 * not see is not found, as one that does not exist.
 */
@RestController
@PreAuthorize("hasAuthority('STAFF')")
class WorkCaseController {

    private final WorkCases cases;

    WorkCaseController(WorkCases cases) {
        this.cases = cases;
    }

    @GetMapping("/api/v1/work/cases/{number}")
    WorkCases.WorkCase find(@PathVariable String number, Authentication caller) {
        return cases.find(number, caller).orElseThrow(() -> new NotFoundException("workCase", number));
    }
}
