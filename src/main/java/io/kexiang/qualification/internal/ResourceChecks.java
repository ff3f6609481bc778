package io.kexiang.qualification.internal;

import io.kexiang.hub.HubEvents;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.notification.NoticeTemplates;
import io.kexiang.outbox.Notice;
import io.kexiang.outbox.Outbox;
import io.kexiang.process.Processes;
import io.kexiang.process.WorkingCalendar;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource checks from request to answer. A request becomes a row and a {@code resource-check} process instance in
 * one transaction; the process calls back here ({@code ${resourceChecks.…}} in its BPMN) as the centre takes it up,
 * sends it back to the departments, and answers: the row takes the answer and the departments' words, the resources
 * found are reserved for the configured number of working days, and the requester is told.
 */
@Component("resourceChecks")
public class ResourceChecks implements io.kexiang.qualification.ResourceCheckDesk {

    static final String PROCESS = "resource-check";
    private static final Logger log = LoggerFactory.getLogger(ResourceChecks.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final QualificationRows rows;
    private final CustomerDirectory customers;
    private final Processes processes;
    private final WorkingCalendar calendar;
    private final PersonDirectory people;
    private final Outbox outbox;
    private final NoticeTemplates templates;
    private final HubEvents hub;
    private final Clock clock;
    private final ZoneId zone;
    private final int reservationDays;
    private final String language;
    private final DateTimeFormatter time;

    ResourceChecks(QualificationRows rows, CustomerDirectory customers, Processes processes,
            WorkingCalendar calendar, PersonDirectory people, Outbox outbox, NoticeTemplates templates, HubEvents hub,
            Clock clock,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone,
            @Value("${kexiang.qualification.reservation-days:10}") int reservationDays,
            @Value("${kexiang.process.language:zh-CN}") String language) {
        this.rows = rows;
        this.customers = customers;
        this.processes = processes;
        this.calendar = calendar;
        this.people = people;
        this.outbox = outbox;
        this.templates = templates;
        this.hub = hub;
        this.clock = clock;
        this.zone = zone;
        this.reservationDays = reservationDays;
        this.language = language;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** A new check for a customer the caller may see; returns its id. */
    @Transactional
    public long request(CheckRequest request, Authentication caller) {
        CircuitOwner customer = customers.customerSeenBy(CustomerCode.of(request.customerCode()), caller)
                .orElseThrow(() -> InvalidInputException.badRequest(FieldProblem.of("relatedParty",
                        request.customerCode(), Text.noSuch("customer"))));
        Instant now = clock.instant();
        String manager = customer.accountManager() == null ? null : customer.accountManager().employeeId();
        Map.Entry<Long, String> created = rows.insert(request, customer.customerName(), manager, caller.getName(),
                now, DAY.withZone(zone).format(now));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("qualificationId", created.getKey());
        variables.put("requester", caller.getName());
        variables.put("customerCode", request.customerCode());
        variables.put("summary", "%s · %s%s · %s".formatted(customer.customerName(), request.serviceType(),
                request.bandwidth() == null ? "" : " " + request.bandwidth(), request.siteAddress()));
        String instance = processes.start(PROCESS, created.getValue(), variables);
        rows.started(created.getKey(), instance);
        hub.owe(Tmf645Views.API, "CheckServiceQualificationCreateEvent", created.getKey(), now);
        log.info("Resource check {} for {} requested by {}", created.getValue(), request.customerCode(),
                caller.getName());
        return created.getKey();
    }

    @Override
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'NOC_ENGINEER', "
            + "'TECH_SPECIALIST', 'DEPT_MANAGER', 'ADMIN', 'NMS_CLIENT')")
    public String request(com.fasterxml.jackson.databind.JsonNode body, Authentication requester) {
        long id = request(CheckRequest.of(body), requester);
        return (String) rows.find(id).orElseThrow().get("number");
    }

    /** The centre has refined the request and asked the departments. */
    public void inProgress(DelegateExecution execution) {
        long id = id(execution);
        rows.inProgress(id, (String) execution.getVariable("scope"));
        rows.startedIfNot(id, execution.getProcessInstanceId());
        hub.owe(Tmf645Views.API, "CheckServiceQualificationStateChangeEvent", id, clock.instant());
    }

    /**
     * A pre-sales case asks for a resource check (the {@code resource-check} process as its call activity): the
     * check's record is made from the case, and its id and number handed to the called process.
     */
    public void forPresales(DelegateExecution execution) {
        String customerCode = (String) execution.getVariable("customerCode");
        CircuitOwner customer = customers.customer(CustomerCode.of(customerCode)).orElseThrow();
        Date wanted = (Date) execution.getVariable("wantedDate");
        CheckRequest request = new CheckRequest(execution.getProcessInstanceBusinessKey(),
                (String) execution.getVariable("requirementDetail"), null, true, customerCode,
                (String) execution.getVariable("serviceType"), (String) execution.getVariable("bandwidth"),
                (String) execution.getVariable("siteAddress"), wanted == null ? null : wanted.toInstant());
        Instant now = clock.instant();
        String manager = customer.accountManager() == null ? null : customer.accountManager().employeeId();
        Map.Entry<Long, String> created = rows.insert(request, customer.customerName(), manager,
                (String) execution.getVariable("requester"), now, DAY.withZone(zone).format(now));
        execution.setVariable("qualificationId", created.getKey());
        execution.setVariable("checkNumber", created.getValue());
        hub.owe(Tmf645Views.API, "CheckServiceQualificationCreateEvent", created.getKey(), now);
        log.info("Resource check {} for pre-sales {}", created.getValue(), execution.getProcessInstanceBusinessKey());
    }

    /** The centre sent the check back to the departments; the reason is kept with it. */
    public void sentBack(DelegateExecution execution) {
        rows.sentBack(id(execution), (String) execution.getVariable("conclusion"));
    }

    /** The centre's answer: recorded, the resources reserved, the requester told. */
    public void answered(DelegateExecution execution) {
        long id = id(execution);
        Instant now = clock.instant();
        Date ready = (Date) execution.getVariable("constructionReadyDate");
        QualificationRows.Answer answer = new QualificationRows.Answer((String) execution.getVariable("result"),
                (String) execution.getVariable("conclusion"), (String) execution.getVariable("alternative"),
                (Boolean) execution.getVariable("operationsAvailable"),
                (String) execution.getVariable("operationsAnswer"),
                (String) execution.getVariable("operationsResources"),
                (Boolean) execution.getVariable("constructionNeeded"),
                (String) execution.getVariable("constructionAnswer"), ready == null ? null : ready.toInstant());
        rows.answered(id, answer, now);
        String reserved = (String) execution.getVariable("reservedResources");
        if (reserved != null && !reserved.isBlank() && !"unqualified".equals(answer.result())) {
            Long days = (Long) execution.getVariable("reservationDays");
            int keep = days == null || days <= 0 ? reservationDays : days.intValue();
            rows.reserve(id, reserved, now, calendar.plus(now, Duration.ofDays(keep)));
        }
        hub.owe(Tmf645Views.API, "CheckServiceQualificationStateChangeEvent", id, now);
        tellRequester(id, execution.getProcessInstanceBusinessKey());
    }

    /** Reservations whose time is up lapse by themselves, once a minute. */
    @Scheduled(fixedDelayString = "${kexiang.qualification.lapse-scan:60s}")
    @Transactional
    public void lapseReservations() {
        Instant now = clock.instant();
        List<Long> lapsed = rows.lapse(now);
        // A lapsed reservation changes the check's supportingResource, not its state.
        lapsed.forEach(id -> hub.owe(Tmf645Views.API, "CheckServiceQualificationAttributeValueChangeEvent", id, now));
        if (!lapsed.isEmpty()) {
            log.info("{} resource reservation(s) lapsed (checks {})", lapsed.size(), lapsed);
        }
    }

    private void tellRequester(long id, String number) {
        Map<String, Object> check = rows.find(id).orElseThrow();
        people.byEmployeeId((String) check.get("requester")).ifPresent(person -> {
            Map<String, Object> variables = new LinkedHashMap<>(check);
            variables.put("recipientName", person.name());
            variables.put("answeredAt", time.format((Instant) check.get("answered_at")));
            variables.put("reservations", rows.reservations(id).stream().map(reservation -> Map.of(
                    "resources", reservation.get("resources"),
                    "until", time.format(((java.sql.Timestamp) reservation.get("reserved_until")).toInstant())))
                    .toList());
            NoticeTemplates.Rendered text = templates.render("resource-check-answered", language, variables);
            outbox.notify(new Notice("service-qualification:" + id, person.name(), person.email(), person.mobile(),
                    text.subject(), text.text(), Map.of("kind", "resource-check-answered", "number", number,
                            "qualificationResult", String.valueOf(check.get("qualification_result")))));
        });
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable("qualificationId")).longValue();
    }
}
