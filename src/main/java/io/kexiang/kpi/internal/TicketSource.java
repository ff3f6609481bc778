package io.kexiang.kpi.internal;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.kpi.KpiFact;
import io.kexiang.kpi.KpiFactSource;
import io.kexiang.kpi.Kpis;
import io.kexiang.ticket.TicketFigures.TicketFacts;
import io.kexiang.ticket.TicketFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tickets' KPIs: 故障处理及时率 and MTTR from the faults restored in the period, 首次响应及时率 from the first
 * responses given (or due and missed) in it, the return visits of the faults closed in it, and the complaints opened
 * in it. Consultations and complaints are not faults: only their response counts, as every ticket's does.
 */
@Component
class TicketSource implements KpiFactSource {

    private final TicketFigures tickets;
    private final PersonDirectory people;
    private final CustomerDirectory customers;
    private final KpiSettings settings;
    private final ZoneId zone;
    private final Clock clock;

    TicketSource(TicketFigures tickets, PersonDirectory people, CustomerDirectory customers, KpiSettings settings,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone, Clock clock) {
        this.clock = clock;
        this.tickets = tickets;
        this.people = people;
        this.customers = customers;
        this.settings = settings;
        this.zone = zone;
    }

    @Override
    public Set<String> kpis() {
        return Set.of("fault-restoration-on-time", "mttr", "first-response-on-time", "return-visit-share", "return-visit-satisfaction", "complaints");
    }

    @Override
    public List<KpiFact> facts(Instant from, Instant to) {
        Lookups lookups = new Lookups(people, customers);
        List<KpiFact> facts = new ArrayList<>();
        for (TicketFigures.Restored restored : tickets.restored("fault", from, to)) {
            Ticket ticket = new Ticket(restored.ticket(), lookups);
            boolean met = !restored.resolvedAt().isAfter(restored.restorationDue());
            facts.add(ticket.fact("fault-restoration-on-time", met, null, restored.resolvedAt(),
                    met ? null : ticket.missed(restored.restorationDue(), restored.resolvedAt())));
            // Time to restore: from the ticket's opening to its restoration, less the time it waited on the customer.
            Duration took = Duration.between(restored.ticket().created(), restored.resolvedAt())
                    .minusSeconds(restored.pausedSeconds());
            facts.add(ticket.fact("mttr", true, hours(took), restored.resolvedAt(), null));
        }
        for (TicketFigures.Response response : tickets.responses(from, to)) {
            Ticket ticket = new Ticket(response.ticket(), lookups);
            Instant at = response.respondedAt() == null ? response.responseDue() : response.respondedAt();
            boolean met = response.respondedAt() != null && !response.respondedAt().isAfter(response.responseDue());
            BigDecimal took = response.respondedAt() == null ? null
                    : hours(Duration.between(response.ticket().created(), response.respondedAt()));
            facts.add(ticket.fact("first-response-on-time", met, took, at,
                    met ? null : ticket.missed(response.responseDue(), response.respondedAt()))
                    .inGroup(response.ticket().priority()));
        }
        for (TicketFigures.Closed closed : tickets.closed("fault", from, to)) {
            Ticket ticket = new Ticket(closed.ticket(), lookups);
            boolean visited = closed.visitedAt() != null;
            facts.add(ticket.fact("return-visit-share", visited, null, closed.closedAt(),
                    visited ? null : ticket.missed(null, null)));
            if (visited && closed.satisfaction() != null) {
                boolean satisfied = settings.satisfied().contains(closed.satisfaction());
                facts.add(ticket.fact("return-visit-satisfaction", satisfied, null, closed.closedAt(),
                        satisfied ? null : ticket.missed(null, closed.visitedAt())));
            }
        }
        for (TicketFacts complaint : tickets.opened("complaint", from, to)) {
            Ticket ticket = new Ticket(complaint, lookups);
            facts.add(ticket.fact("complaints", true, null, complaint.created(), ticket.missed(null, null)));
        }
        return facts;
    }

    static BigDecimal hours(Duration took) {
        return BigDecimal.valueOf(took.toSeconds()).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP);
    }

    /** A ticket as a fact's subject: its dimensions, once. */
    private final class Ticket {

        private final TicketFacts ticket;
        private final KpiFact.Dimensions dimensions;

        Ticket(TicketFacts ticket, Lookups lookups) {
            this.ticket = ticket;
            this.dimensions = new KpiFact.Dimensions(lookups.department(ticket.assignee()), ticket.assignee(),
                    ticket.tier(), ticket.circuitTypes().stream().filter(type -> !type.isEmpty()).distinct()
                    .toList(), ticket.customerCode());
        }

        KpiFact fact(String kpi, boolean met, BigDecimal measure, Instant at, Kpis.Item missed) {
            return new KpiFact(kpi, met, dimensions, measure, YearMonth.from(at.atZone(zone)).toString(), missed);
        }

        Kpis.Item missed(Instant due, Instant done) {
            long late = due == null ? 0 : Math.max(0, Duration.between(due, done == null ? clock.instant() : done)
                    .toMinutes());
            return new Kpis.Item("ticket", ticket.number(), ticket.customerName(), ticket.assignee(), due, done,
                    late, "/tickets/" + ticket.id());
        }
    }
}
