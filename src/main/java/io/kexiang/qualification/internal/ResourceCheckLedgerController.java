package io.kexiang.qualification.internal;

import io.kexiang.qualification.ResourceCheckLedgers;
import io.kexiang.shared.excel.Sheets;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/ledgers/resource-checks}: the ledger (资源核查台帐) for a period as JSON, and as an Excel workbook
 * ({@code .xlsx}) in the reply's language. An account manager gets their customers' lines only.
 */
@RestController
@PreAuthorize("hasAuthority('STAFF')")
class ResourceCheckLedgerController {

    private final ResourceCheckLedgers ledgers;

    ResourceCheckLedgerController(ResourceCheckLedgers ledgers) {
        this.ledgers = ledgers;
    }

    @GetMapping("/api/v1/ledgers/resource-checks")
    Map<String, Object> lines(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String customer, Authentication caller) {
        return ledgers.ledger(from, to, customer, caller);
    }

    @GetMapping("/api/v1/ledgers/resource-checks.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String customer,
            Authentication caller, Locale locale) {
        byte[] workbook = ledgers.workbook(from, to, customer, caller, locale);
        String name = ("en".equals(locale.getLanguage()) ? "resource-checks" : "资源核查台帐") + "-" + from + "-" + to
                + ".xlsx";
        return ResponseEntity.ok().contentType(Sheets.XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(workbook);
    }
}
