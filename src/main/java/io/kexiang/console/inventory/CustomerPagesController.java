package io.kexiang.console.inventory;

import io.kexiang.alarm.AlarmBoard;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CustomerBook;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.NotFoundException;
import io.kexiang.ticket.TicketDesk;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 资源 · 客户: a search of group customers, and a customer with their circuits, open alarms and tickets. */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class CustomerPagesController {

    private final CustomerBook customers;
    private final AlarmBoard alarms;
    private final TicketDesk tickets;
    private final CustomerDirectory directory;

    CustomerPagesController(CustomerBook customers, AlarmBoard alarms, TicketDesk tickets,
            CustomerDirectory directory) {
        this.directory = directory;
        this.customers = customers;
        this.alarms = alarms;
        this.tickets = tickets;
    }

    @GetMapping("/inventory/customers")
    String search(@RequestParam(required = false) String q, Authentication viewer, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("customers", customers.customers(q, viewer, 200));
        return "inventory/customers";
    }

    /** A circuit: who owns it, and its alarms and tickets over time (newest first). */
    @GetMapping("/inventory/circuits/{circuitId}")
    String circuit(@PathVariable String circuitId, Authentication viewer, Model model) {
        CircuitOwner owner = directory.circuit(CircuitId.of(circuitId)).orElseThrow(() -> new NotFoundException(
                "circuit", circuitId));
        customers.customer(owner.customerCode(), viewer);
        model.addAttribute("circuit", owner);
        model.addAttribute("rows", alarms.history(Map.of("circuit", circuitId), viewer, 200));
        model.addAttribute("tickets", tickets.search(Map.of("circuit", circuitId), viewer, 0, 200).tickets());
        return "inventory/circuit";
    }

    @GetMapping("/inventory/customers/{code}")
    String customer(@PathVariable String code, Authentication viewer, Model model) {
        model.addAttribute("customer", customers.customer(CustomerCode.of(code), viewer));
        model.addAttribute("rows", alarms.open(Map.of("customer", code), viewer, 0, 100).rows());
        model.addAttribute("tickets", tickets.search(Map.of("customer", code, "status",
                "acknowledged,inProgress,pending,held,resolved"), viewer, 0, 100).tickets());
        return "inventory/customer";
    }
}
