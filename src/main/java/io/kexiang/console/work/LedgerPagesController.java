package io.kexiang.console.work;

import io.kexiang.identity.Role;
import io.kexiang.ordering.CircuitOrderLedgers;
import io.kexiang.qualification.ResourceCheckLedgers;
import io.kexiang.shared.excel.Sheets;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 台帐: the resource-check ledger (资源核查台帐) and the circuit-opening ledger (电路开通台帐) for a period, on a
 * page and as Excel workbooks to download, from the modules' ledger APIs (the REST API's too).
 */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class LedgerPagesController {


    private final ResourceCheckLedgers checks;
    private final CircuitOrderLedgers orders;
    private final ZoneId zone;

    LedgerPagesController(ResourceCheckLedgers checks, CircuitOrderLedgers orders,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.checks = checks;
        this.orders = orders;
        this.zone = zone;
    }

    @GetMapping("/work/ledgers")
    String ledgers(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Authentication viewer, Model model) {
        String since = from == null || from.isBlank() ? LocalDate.now(zone).withDayOfMonth(1).toString() : from;
        String until = to == null || to.isBlank() ? LocalDate.now(zone).toString() : to;
        model.addAttribute("from", since);
        model.addAttribute("to", until);
        model.addAttribute("checks", checks.ledger(since, until, null, viewer));
        boolean centre = Role.heldBy(viewer, Role.CENTRE);
        if (centre) {
            model.addAttribute("orders", orders.ledger(since, until, null));
        }
        return "work/ledgers";
    }

    @GetMapping("/work/ledgers/resource-checks.xlsx")
    ResponseEntity<byte[]> checksWorkbook(@RequestParam String from, @RequestParam String to, Authentication viewer,
            Locale locale) {
        return download("资源核查台帐", from, to, checks.workbook(from, to, null, viewer, locale));
    }

    @GetMapping("/work/ledgers/circuit-orders.xlsx")
    ResponseEntity<byte[]> ordersWorkbook(@RequestParam String from, @RequestParam String to, Locale locale) {
        return download("电路开通台帐", from, to, orders.workbook(from, to, null, locale));
    }

    private static ResponseEntity<byte[]> download(String title, String from, String to, byte[] workbook) {
        return ResponseEntity.ok().contentType(Sheets.XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(title + "-" + from + "-" + to + ".xlsx", StandardCharsets.UTF_8).build()
                .toString()).body(workbook);
    }
}
