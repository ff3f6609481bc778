package io.kexiang.qualification.internal;

import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.excel.Sheets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ResourceCheckLedger ledger;
    private final ZoneId zone;

    ResourceCheckLedgerController(ResourceCheckLedger ledger,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.ledger = ledger;
        this.zone = zone;
    }

    @GetMapping("/api/v1/ledgers/resource-checks")
    Map<String, Object> lines(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String customer, Authentication caller) {
        List<ResourceCheckLedger.Line> lines = ledger.lines(from, to, customer,
                CustomerScope.ownCustomersOf(caller).orElse(null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put("summary", ResourceCheckLedger.summary(lines));
        body.put("lines", lines);
        return body;
    }

    @GetMapping("/api/v1/ledgers/resource-checks.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String customer,
            Authentication caller, Locale locale) {
        List<ResourceCheckLedger.Line> lines = ledger.lines(from, to, customer,
                CustomerScope.ownCustomersOf(caller).orElse(null));
        boolean chinese = !"en".equals(locale.getLanguage());
        byte[] workbook = Sheets.of(chinese ? "资源核查台帐" : "Resource checks", ResourceCheckLedger.headers(chinese),
                lines.stream().map(ResourceCheckLedger::cells).toList(), zone, chinese ? "是" : "yes",
                chinese ? "否" : "no");
        String name = (chinese ? "资源核查台帐" : "resource-checks") + "-" + from + "-" + to + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }
}
