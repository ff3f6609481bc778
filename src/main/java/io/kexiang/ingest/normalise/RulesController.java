package io.kexiang.ingest.normalise;

import io.kexiang.ingest.RuleFiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/rules}: which notifications the rule files cover, and reading them again without a restart. */
@RestController
class RulesController {

    private final Normaliser normaliser;

    RulesController(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    @GetMapping("/api/v1/rules")
    @PreAuthorize("hasAuthority('STAFF')")
    RuleFiles.Report rules() {
        return normaliser.report();
    }

    @PostMapping("/api/v1/rules/reload")
    @PreAuthorize("hasAnyRole('ADMIN', 'TECH_SPECIALIST')")
    RuleFiles.Report reload() {
        return normaliser.reload();
    }
}
