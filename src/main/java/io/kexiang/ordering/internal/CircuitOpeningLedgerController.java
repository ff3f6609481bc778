package io.kexiang.ordering.internal;

import io.kexiang.ordering.CircuitOrderLedgers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import io.kexiang.shared.excel.Sheets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/ledgers/circuit-orders[.xlsx]}: the circuit-opening ledger (电路开通台帐) as JSON or Excel. */
@RestController
class CircuitOpeningLedgerController {


    private final CircuitOrderLedgers ledgers;

    CircuitOpeningLedgerController(CircuitOrderLedgers ledgers) {
        this.ledgers = ledgers;
    }

    @GetMapping("/api/v1/ledgers/circuit-orders")
    Map<String, Object> json(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String customer) {
        return ledgers.ledger(from, to, customer);
    }

    @GetMapping("/api/v1/ledgers/circuit-orders.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String customer,
            Locale locale) {
        String title = "en".equals(locale.getLanguage()) ? "circuit-orders" : "电路开通台帐";
        return ResponseEntity.ok().contentType(Sheets.XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(title + "-" + from + "-" + to + ".xlsx", StandardCharsets.UTF_8).build()
                .toString()).body(ledgers.workbook(from, to, customer, locale));
    }
}
