package io.kexiang.presales.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kexiang.identity.CustomerScope;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.process.Processes;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Pre-sales cases: kept as rows, worked by the {@code presales} process, read with where the process is. */
@Component("presales")
public class PresalesCases implements io.kexiang.presales.PresalesDesk {

    static final Set<String> SERVICE_TYPES = Set.of("DDN", "ATM", "FR", "MPLS_VPN", "OTHER");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcTemplate jdbc;
    private final CustomerDirectory customers;
    private final Processes processes;
    private final Clock clock;
    private final ZoneId zone;

    PresalesCases(JdbcTemplate jdbc, CustomerDirectory customers, Processes processes, Clock clock,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.processes = processes;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * A new case: {@code customer}, {@code requirement}, {@code serviceType}, {@code siteAddress} required;
     * {@code bandwidth}, {@code wantedDate} (a day) optional. Every problem named at once.
     */
    @Transactional
    public long openCase(JsonNode body, Authentication caller) {
        List<FieldProblem> problems = new ArrayList<>();
        String customerCode = text(body, "customer", 64, true, problems);
        String requirement = text(body, "requirement", 4000, true, problems);
        String serviceType = text(body, "serviceType", 16, true, problems);
        if (serviceType != null && !SERVICE_TYPES.contains(serviceType)) {
            problems.add(FieldProblem.of("serviceType", serviceType, Text.oneOf(SERVICE_TYPES.stream().sorted()
                    .toList())));
        }
        String bandwidth = text(body, "bandwidth", 32, false, problems);
        String site = text(body, "siteAddress", 500, true, problems);
        Instant wanted = null;
        String wantedText = text(body, "wantedDate", 10, false, problems);
        if (wantedText != null) {
            try {
                wanted = LocalDate.parse(wantedText).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("wantedDate", wantedText, Text.of("ledger.day")));
            }
        }
        CircuitOwner customer = customerCode == null ? null : customers.customer(CustomerCode.of(customerCode))
                .filter(found -> CustomerScope.ownCustomersOf(caller).map(own -> found.accountManager() != null
                        && own.equals(found.accountManager().employeeId())).orElse(true))
                .orElse(null);
        if (customerCode != null && customer == null) {
            problems.add(FieldProblem.of("customer", customerCode, Text.noSuch("customer")));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        Instant now = clock.instant();
        String manager = customer.accountManager() == null ? null : customer.accountManager().employeeId();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Instant wantedAt = wanted;
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into presales_case (number, customer_code, customer_name, account_manager_employee_id,
                        requirement, service_type, bandwidth, site_address, wanted_date, requester, requested_at)
                    values ('pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, customerCode);
            insert.setString(2, customer.customerName());
            insert.setString(3, manager);
            insert.setString(4, requirement);
            insert.setString(5, serviceType);
            insert.setString(6, bandwidth);
            insert.setString(7, site);
            insert.setTimestamp(8, wantedAt == null ? null : Timestamp.from(wantedAt));
            insert.setString(9, caller.getName());
            insert.setTimestamp(10, Timestamp.from(now));
            return insert;
        }, keys);
        long id = keys.getKey().longValue();
        String number = "PS-%s-%06d".formatted(DAY.withZone(zone).format(now), id);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("presalesId", id);
        variables.put("customerCode", customerCode);
        variables.put("requirementDetail", requirement);
        variables.put("serviceType", serviceType);
        variables.put("bandwidth", bandwidth);
        variables.put("siteAddress", site);
        variables.put("wantedDate", wantedAt == null ? null : Date.from(wantedAt));
        variables.put("requester", caller.getName());
        variables.put("summary", "%s · %s%s · %s".formatted(customer.customerName(), serviceType,
                bandwidth == null ? "" : " " + bandwidth, site));
        String instance = processes.start("presales", number, variables);
        jdbc.update("update presales_case set number = ?, process_instance_id = ? where id = ?", number, instance, id);
        return id;
    }

    @Override
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize(
            "hasAnyRole('ACCOUNT_MANAGER', 'NOC_ENGINEER', 'DEPT_MANAGER', 'ADMIN')")
    public String open(JsonNode body, Authentication requester) {
        return (String) view(openCase(body, requester), requester).get("number");
    }

    /** Contract signed: the case goes to implementation (its circuit order is placed by the dispatch). */
    public void handedOver(DelegateExecution execution) {
        jdbc.update("update presales_case set handed_over_at = ?, contract_number = ? where id = ?",
                Timestamp.from(clock.instant()), execution.getVariable("contractNumber"),
                ((Number) execution.getVariable("presalesId")).longValue());
    }

    /** The case as the API shows it, with where its process is or how it ended. */
    @Transactional(readOnly = true)
    public Map<String, Object> view(long id, Authentication viewer) {
        Map<String, Object> row = jdbc.queryForList("select * from presales_case where id = ?", id).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("presalesCase", id));
        String own = CustomerScope.ownCustomersOf(viewer).orElse(null);
        if (own != null && !own.equals(row.get("account_manager_employee_id"))) {
            throw new NotFoundException("presalesCase", id);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("number", row.get("number"));
        view.put("customer", row.get("customer_code"));
        view.put("customerName", row.get("customer_name"));
        view.put("requirement", row.get("requirement"));
        view.put("serviceType", row.get("service_type"));
        view.put("bandwidth", row.get("bandwidth"));
        view.put("siteAddress", row.get("site_address"));
        view.put("requester", row.get("requester"));
        view.put("requestedAt", instant(row.get("requested_at")));
        String instance = (String) row.get("process_instance_id");
        view.put("currentSteps", instance == null ? List.of() : processes.currentSteps(instance));
        view.put("outcome", instance == null ? null : processes.outcome(instance).orElse(null));
        view.put("resourceCheck", instance == null ? null : processes.variable(instance, "checkNumber").orElse(null));
        view.put("handedOverAt", instant(row.get("handed_over_at")));
        view.put("contractNumber", row.get("contract_number"));
        return view;
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> list(Authentication viewer, int limit) {
        String own = CustomerScope.ownCustomersOf(viewer).orElse(null);
        return jdbc.queryForList("""
                select id from presales_case where (cast(? as varchar) is null or account_manager_employee_id = ?)
                order by requested_at desc, id desc limit ?""", Long.class, own, own, limit).stream()
                .map(id -> view(id, viewer)).toList();
    }

    private static String instant(Object value) {
        return value instanceof Timestamp time ? time.toInstant().toString() : null;
    }

    private static String text(JsonNode body, String field, int max, boolean required, List<FieldProblem> problems) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, null, Text.of("problem.required")));
            }
            return null;
        }
        if (!value.isTextual() || value.asText().length() > max) {
            problems.add(FieldProblem.of(field, value.toString(), Text.of("problem.tooLong")));
            return null;
        }
        return value.asText().trim();
    }
}
