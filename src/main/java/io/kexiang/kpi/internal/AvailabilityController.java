package io.kexiang.kpi.internal;

import io.kexiang.identity.CustomerScope;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.kpi.Availability;
import io.kexiang.kpi.KpiFilter;
import io.kexiang.kpi.KpiPeriod;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/availability/circuits} and {@code …/customers} for a period: the centre's people for any
 * customers; an account manager for one customer of their own at a time ({@code customer=} required).
 */
@RestController
@PreAuthorize("hasAuthority('STAFF')")
class AvailabilityController {

    private final Availability availability;
    private final CustomerDirectory customers;
    private final Clock clock;
    private final ZoneId zone;

    AvailabilityController(Availability availability, CustomerDirectory customers, Clock clock,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.availability = availability;
        this.customers = customers;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/api/v1/availability/circuits")
    List<Availability.CircuitFigures> circuits(@RequestParam(required = false) String period,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String circuitType,
            @RequestParam(required = false) String customer, Authentication caller) {
        return availability.circuits(period(period, from, to), filter(tier, circuitType, customer, caller));
    }

    @GetMapping("/api/v1/availability/customers")
    List<Availability.CustomerFigures> customers(@RequestParam(required = false) String period,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String circuitType,
            @RequestParam(required = false) String customer, Authentication caller) {
        return availability.customers(period(period, from, to), filter(tier, circuitType, customer, caller));
    }

    private KpiPeriod period(String period, String from, String to) {
        return KpiPeriod.of(period, from, to, LocalDate.now(clock.withZone(zone)));
    }

    /** An account manager names one of their customers; anyone else's is as unknown as a customer that is not. */
    private KpiFilter filter(String tier, String circuitType, String customer, Authentication caller) {
        if (CustomerScope.ownCustomersOf(caller).isPresent() && (customer == null || customer.isBlank()
                || customers.customerSeenBy(CustomerCode.of(customer), caller).isEmpty())) {
            throw InvalidInputException.badRequest(FieldProblem.of("customer", customer, Text.noSuch("customer")));
        }
        return new KpiFilter(null, null, tier, circuitType, customer);
    }
}
