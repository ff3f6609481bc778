package io.kexiang.kpi.internal;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.kpi.KpiFact;
import io.kexiang.kpi.KpiFactSource;
import io.kexiang.kpi.Kpis;
import io.kexiang.ordering.CircuitOrderLedgers;
import io.kexiang.process.WorkHistory;
import io.kexiang.qualification.ResourceCheckLedgers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The processes' KPIs: 资源核查及时率 from the checks answered in the period, 业务开通及时率 and 业务开通周期 from the
 * orders completed (报竣) in it, 响应工作完成情况 from the process steps due in it (done by their due time, or not).
 */
@Component
class ProcessSource implements KpiFactSource {

    private final ResourceCheckLedgers checks;
    private final CircuitOrderLedgers orders;
    private final WorkHistory history;
    private final PersonDirectory people;
    private final CustomerDirectory customers;
    private final ZoneId zone;
    private final Clock clock;

    ProcessSource(ResourceCheckLedgers checks, CircuitOrderLedgers orders, WorkHistory history,
            PersonDirectory people, CustomerDirectory customers,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone, Clock clock) {
        this.checks = checks;
        this.orders = orders;
        this.history = history;
        this.people = people;
        this.customers = customers;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Set<String> kpis() {
        return Set.of("resource-check-on-time", "service-opening-on-time", "service-opening-cycle", "response-work-completion");
    }

    @Override
    public List<KpiFact> facts(Instant from, Instant to) {
        Lookups lookups = new Lookups(people, customers);
        List<KpiFact> facts = new ArrayList<>();
        for (ResourceCheckLedgers.Line check : checks.answered(from, to)) {
            KpiFact.Dimensions dimensions = new KpiFact.Dimensions(null, check.requester(),
                    lookups.tier(check.customerCode()), List.of(check.serviceType()), check.customerCode());
            boolean met = Boolean.TRUE.equals(check.onTime());
            facts.add(new KpiFact("resource-check-on-time", met, dimensions, null, month(check.answeredAt()),
                    met ? null : item("resourceCheck", check.number(), check.customerName(), check.requester(),
                            check.answerDue(), check.answeredAt())));
        }
        for (CircuitOrderLedgers.Line order : orders.completed(from, to)) {
            List<String> types = order.circuits() == null ? List.of() : Arrays.stream(order.circuits().split(", "))
                    .map(lookups::circuitType).filter(type -> type != null).distinct().toList();
            KpiFact.Dimensions dimensions = new KpiFact.Dimensions(order.branch(), null,
                    lookups.tier(order.customerCode()), types, order.customerCode());
            boolean met = Boolean.TRUE.equals(order.onTime());
            String month = month(order.completed());
            facts.add(new KpiFact("service-opening-on-time", met, dimensions, null, month, met ? null
                    : item("serviceOrder", order.number(), order.customerName(), null, order.due(),
                            order.completed())));
            facts.add(new KpiFact("service-opening-cycle", true, dimensions, order.workingDays(), month, null));
        }
        for (WorkHistory.StepDue step : history.stepsDue(from, to)) {
            KpiFact.Dimensions dimensions = new KpiFact.Dimensions(lookups.department(step.assignee()), step.assignee(),
                    null, List.of(), null);
            boolean met = step.ended() != null && !step.ended().isAfter(step.due());
            facts.add(new KpiFact("response-work-completion", met, dimensions, null, month(step.due()), met ? null
                    : item("step", step.businessKey(), step.processName() + " · " + step.step(), step.assignee(),
                            step.due(), step.ended())));
        }
        return facts;
    }

    private Kpis.Item item(String kind, String number, String customer, String person, Instant due, Instant done) {
        long late = due == null ? 0 : Math.max(0, Duration.between(due, done == null ? clock.instant() : done)
                .toMinutes());
        return new Kpis.Item(kind, number, customer, person, due, done, late, "/work/cases/" + number);
    }

    private String month(Instant at) {
        return YearMonth.from(at.atZone(zone)).toString();
    }
}
