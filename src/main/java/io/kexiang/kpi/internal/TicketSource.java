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

    /** Each rule as {@link TicketFigures}'s readings of a period say it, applied to one reading of the period. */
    @Override
    public List<KpiFact> facts(Instant from, Instant to) {
        Lookups lookups = new Lookups(people, customers);
        List<KpiFact> facts = new ArrayList<>();
        for (TicketFigures.Worked worked : tickets.worked(from, to)) {
            TicketFacts about = worked.ticket();
            Ticket ticket = new Ticket(about, lookups);
            boolean fault = "fault".equals(about.type());
            if (fault && in(worked.resolvedAt(), from, to)) {
                boolean met = !worked.resolvedAt().isAfter(worked.restorationDue());
                facts.add(ticket.fact("fault-restoration-on-time", met, null, worked.resolvedAt(),
                        met ? null : ticket.missed(worked.restorationDue(), worked.resolvedAt())));
                // Time to restore: from the ticket's opening to its restoration, less its waits on the customer.
                Duration took = Duration.between(about.created(), worked.resolvedAt())
                        .minusSeconds(worked.pausedSeconds());
                facts.add(ticket.fact("mttr", true, hours(took), worked.resolvedAt(), null));
            }
            if (in(worked.respondedAt(), from, to) || worked.respondedAt() == null
                    && in(worked.responseDue(), from, to) && !UNANSWERABLE.contains(worked.status())) {
                Instant at = worked.respondedAt() == null ? worked.responseDue() : worked.respondedAt();
                boolean met = worked.respondedAt() != null && !worked.respondedAt().isAfter(worked.responseDue());
                BigDecimal took = worked.respondedAt() == null ? null
                        : hours(Duration.between(about.created(), worked.respondedAt()));
                facts.add(ticket.fact("first-response-on-time", met, took, at,
                        met ? null : ticket.missed(worked.responseDue(), worked.respondedAt()))
                        .inGroup(about.priority()));
            }
            if (fault && in(worked.closedAt(), from, to)) {
                boolean visited = worked.visitedAt() != null;
                facts.add(ticket.fact("return-visit-share", visited, null, worked.closedAt(),
                        visited ? null : ticket.missed(null, null)));
                if (visited && worked.satisfaction() != null) {
                    boolean satisfied = settings.satisfied().contains(worked.satisfaction());
                    facts.add(ticket.fact("return-visit-satisfaction", satisfied, null, worked.closedAt(),
                            satisfied ? null : ticket.missed(null, worked.visitedAt())));
                }
            }
            if ("complaint".equals(about.type()) && in(about.created(), from, to)) {
                facts.add(ticket.fact("complaints", true, null, about.created(), ticket.missed(null, null)));
            }
        }
        return facts;
    }

    /** A ticket rejected or cancelled before anyone answered it owes no first response. */
    private static final Set<String> UNANSWERABLE = Set.of("rejected", "cancelled");

    private static boolean in(Instant at, Instant from, Instant to) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
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
