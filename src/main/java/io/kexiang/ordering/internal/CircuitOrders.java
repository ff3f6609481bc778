package io.kexiang.ordering.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.hub.HubEvents;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CircuitProvisioning;
import io.kexiang.inventory.CircuitProvisioning.NewCircuit;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.outbox.Notice;
import io.kexiang.outbox.Outbox;
import io.kexiang.process.Processes;
import io.kexiang.process.WorkingCalendar;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Circuit orders from arrival to 报竣. An order is checked whole before anything is kept (the customer known, each
 * circuit as the inventory would take it), then becomes rows and a {@code circuit-order} process instance in one
 * transaction. Accepted at audit, the process calls {@link #completed}: the circuits are put in service (or changed,
 * or ceased), the group dispatch system is told through the outbox (a TMF641 state-change event to
 * {@code kexiang.ordering.completion-url}), and so is the customer's account manager.
 */
@Component("circuitOrders")
public class CircuitOrders implements io.kexiang.ordering.CircuitOrderDesk {

    static final String PROCESS = "circuit-order";
    private static final Logger log = LoggerFactory.getLogger(CircuitOrders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final OrderRows rows;
    private final CustomerDirectory customers;
    private final CircuitProvisioning provisioning;
    private final Processes processes;
    private final WorkingCalendar calendar;
    private final Outbox outbox;
    private final PersonDirectory people;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final OrderingSettings settings;
    private final HubEvents hub;
    private final Texts texts;

    CircuitOrders(OrderRows rows, CustomerDirectory customers, CircuitProvisioning provisioning, Processes processes,
            WorkingCalendar calendar, Outbox outbox, PersonDirectory people, ObjectMapper json, Clock clock,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone, OrderingSettings settings,
            HubEvents hub, Texts texts) {
        this.hub = hub;
        this.texts = texts;
        this.rows = rows;
        this.customers = customers;
        this.provisioning = provisioning;
        this.processes = processes;
        this.calendar = calendar;
        this.outbox = outbox;
        this.people = people;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
        this.settings = settings;
    }

    /** Checks and keeps a new order, and starts its process; returns its id. */
    @Transactional
    public long placeOrder(JsonNode body, Authentication caller) {
        List<FieldProblem> problems = new ArrayList<>();
        OrderRequest order = OrderRequest.of(body, settings.defaultBranch(), problems);
        CircuitOwner customer = order.customerCode() == null ? null
                : customers.customer(CustomerCode.of(order.customerCode())).orElse(null);
        if (order.customerCode() != null && customer == null) {
            problems.add(FieldProblem.of("relatedParty", order.customerCode(), Text.noSuch("customer")));
        }
        if (problems.isEmpty()) {
            for (int index = 0; index < order.items().size(); index++) {
                OrderRequest.Item item = order.items().get(index);
                String at = "serviceOrderItem[" + index + "].service.";
                if ("delete".equals(item.action())) {
                    if (customers.circuit(CircuitId.of(item.circuit().circuitId())).isEmpty()) {
                        problems.add(FieldProblem.of(at + "id", item.circuit().circuitId(), Text.noSuch("circuit")));
                    }
                } else {
                    provisioning.problems(item.circuit()).forEach(problem -> problems.add(FieldProblem.of(
                            at + problem.field(), problem.value(), problem.reason())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        Instant now = clock.instant();
        Duration limit = settings.timeLimit(order.category());
        Instant due = calendar.plus(now, limit);
        String manager = customer.accountManager() == null ? null : customer.accountManager().employeeId();
        Map.Entry<Long, String> created = rows.insert(order, customer.customerName(), manager, caller.getName(),
                limit.toString(), now, due, DAY.withZone(zone).format(now));
        for (OrderRequest.Item item : order.items()) {
            rows.item(created.getKey(), item.id(), item.action(), item.circuit().circuitId(),
                    item.circuit().type().name(), write(item.circuit()));
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("orderId", created.getKey());
        variables.put("requester", caller.getName());
        variables.put("category", order.category());
        variables.put("branch", order.branch());
        variables.put("timeLimit", limit.toString());
        variables.put("summary", summary(order, customer.customerName()));
        rows.started(created.getKey(), processes.start(PROCESS, created.getValue(), variables));
        hub.owe(Tmf641Views.API, "ServiceOrderCreateEvent", created.getKey(), now);
        log.info("Circuit order {} for {} ({} items) from {}", created.getValue(), order.customerCode(),
                order.items().size(), caller.getName());
        return created.getKey();
    }

    @Override
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize(ServiceOrderController.PLACERS)
    public String place(JsonNode body, Authentication requester) {
        return (String) rows.find(placeOrder(body, requester)).orElseThrow().get("number");
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenOrder> open() {
        return rows.open().stream().map(order -> new OpenOrder(((Number) order.get("id")).longValue(),
                (String) order.get("number"), (String) order.get("customer_name"), (String) order.get("category"),
                (String) order.get("branch"), (Instant) order.get("order_date"),
                (Instant) order.get("expected_completion"), (String) order.get("process_instance_id"))).toList();
    }

    /** Accepted at audit: the circuits into the inventory, 报竣 to the group dispatch, the account manager told. */
    public void completed(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("orderId")).longValue();
        for (Map<String, Object> item : rows.items(id)) {
            if ("delete".equals(item.get("action"))) {
                provisioning.cease((String) item.get("circuit_id"));
            } else {
                provisioning.provision(read((String) item.get("spec")));
            }
        }
        Instant now = clock.instant();
        rows.completed(id, now);
        hub.owe(Tmf641Views.API, "ServiceOrderStateChangeEvent", id, now);
        Map<String, Object> order = rows.find(id).orElseThrow();
        if (settings.completionUrl() != null && !settings.completionUrl().isBlank()) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("eventId", UUID.randomUUID().toString());
            event.put("eventTime", now.toString());
            event.put("eventType", "ServiceOrderStateChangeEvent");
            event.put("event", Map.of("serviceOrder", Map.of("id", String.valueOf(id), "href",
                    Tmf641Views.BASE + "/" + id, "externalId", String.valueOf(order.get("external_id")),
                    "state", "completed", "completionDate", now.toString())));
            outbox.post("service-order:" + id, settings.completionUrl(), "ServiceOrderStateChangeEvent",
                    write(event));
        }
        // The customer's account manager and the group-customer department (集团客户部) are told.
        Map<String, io.kexiang.identity.PersonRef> told = new LinkedHashMap<>();
        String manager = (String) order.get("account_manager_employee_id");
        if (manager != null) {
            people.byEmployeeId(manager).ifPresent(person -> told.put(person.employeeId(), person));
        }
        people.inDepartment(settings.customerDepartment()).forEach(person -> told.putIfAbsent(person.employeeId(),
                person));
        String circuits = String.join("、", rows.items(id).stream().map(item -> (String) item.get("circuit_id"))
                .toList());
        told.values().forEach(person -> outbox.notify(new Notice("service-order:" + id, person.name(),
                person.email(), person.mobile(),
                "【客响】调单 %s 已报竣：%s".formatted(order.get("number"), order.get("customer_name")),
                "%s，您好：\n\n集团客户 %s 的调单 %s 已完成开通并报竣，电路：%s。\n".formatted(person.name(),
                        order.get("customer_name"), order.get("number"), circuits),
                Map.of("kind", "service-order-completed", "number", order.get("number")))));
        log.info("Circuit order {} completed (报竣)", order.get("number"));
    }

    /** Ends an order that is still being worked (cancelServiceOrder); 409 when it has ended. */
    @Transactional
    public Map<String, Object> cancel(long id, String reason) {
        Map<String, Object> order = rows.find(id).orElseThrow(() -> new NotFoundException("serviceOrder", id));
        String state = (String) order.get("state");
        if (!"inProgress".equals(state) && !"acknowledged".equals(state)) {
            throw new ConflictException(Text.of("ordering.notCancellable", state));
        }
        if (order.get("process_instance_id") != null) {
            processes.cancel((String) order.get("process_instance_id"), reason == null ? "cancelled" : reason);
        }
        Instant now = clock.instant();
        rows.cancelled(id, reason, now);
        hub.owe(Tmf641Views.API, "ServiceOrderStateChangeEvent", id, now);
        return rows.find(id).orElseThrow();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private NewCircuit read(String spec) {
        try {
            return json.readValue(spec, NewCircuit.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The order's circuit cannot be read back: " + e.getOriginalMessage());
        }
    }

    /**
     * The line a task list shows for the order (客户 · 新开 DDN-1 · 省内), in the centre's language: it is stored with the
     * process, so it is written once, as the order's ticket descriptions are.
     */
    private String summary(OrderRequest order, String customerName) {
        Locale centre = texts.defaultLocale();
        String items = String.join("、", order.items().stream().map(item -> texts.sayCode("order.action.",
                item.action(), centre) + " " + item.circuit().circuitId()).toList());
        return "%s · %s · %s".formatted(customerName, items, texts.sayCode("order.category.", order.category(),
                centre));
    }

}
