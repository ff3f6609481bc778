package io.kexiang.alarm.tmf;

import io.kexiang.alarm.store.Alarm;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.jpa.domain.Specification;

/**
 * TMF630-style attribute filtering of the alarm list: {@code state=raised,updated} (a comma means "or"),
 * {@code alarmRaisedTime.gt=…}, and the filters a NOC needs on top (customer, tier, circuit, circuit type, element).
 * An unknown filter is refused rather than silently ignored, so that a typo does not look like "no alarms".
 */
final class AlarmQuery {

    /** Filter name to the attribute of {@link Alarm} it compares, for the plain equality filters. */
    private static final Map<String, String> ATTRIBUTES = Map.ofEntries(
            Map.entry("id", "id"),
            Map.entry("state", "state"),
            Map.entry("ackState", "ackState"),
            Map.entry("perceivedSeverity", "perceivedSeverity"),
            Map.entry("alarmType", "alarmType"),
            Map.entry("probableCause", "probableCause"),
            Map.entry("specificProblem", "specificProblem"),
            Map.entry("sourceSystemId", "sourceSystemId"),
            Map.entry("externalAlarmId", "externalAlarmId"),
            Map.entry("alarmedObjectType", "alarmedObjectType"),
            Map.entry("alarmedObject.id", "alarmedObjectId"),
            Map.entry("networkElement", "networkElement"),
            Map.entry("ackUserId", "ackUserId"),
            Map.entry("parentAlarm.id", "parentAlarmId"));
    private static final Map<String, String> FLAGS = Map.of("isRootCause", "isRootCause", "flapping", "flapping",
            "serviceAffecting", "serviceAffecting");
    /** Filters on the circuits an alarm hits. */
    private static final Map<String, String> CIRCUIT = Map.of("customer", "customerCode", "tier", "tier",
            "circuit", "circuitId", "circuitType", "circuitType", "accountManager", "accountManagerEmployeeId");
    private static final Map<String, String> TIMES = Map.of("alarmRaisedTime", "raisedAt", "alarmChangedTime",
            "changedAt", "alarmClearedTime", "clearedAt");
    private static final Set<String> NOT_FILTERS = Set.of("fields", "offset", "limit", "sort");

    private AlarmQuery() {
    }

    static Specification<Alarm> of(Map<String, String> parameters) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Specification<Alarm>> filters = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (NOT_FILTERS.contains(name)) {
                return;
            }
            List<String> values = Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty())
                    .toList();
            if (ATTRIBUTES.containsKey(name)) {
                filters.add(anyOf(ATTRIBUTES.get(name), values, name, problems));
            } else if (FLAGS.containsKey(name)) {
                if (value.equals("true") || value.equals("false")) {
                    boolean flag = Boolean.parseBoolean(value);
                    filters.add((alarm, query, cb) -> cb.equal(alarm.get(FLAGS.get(name)), flag));
                } else {
                    problems.add(FieldProblem.of(name, value, Text.of("problem.boolean")));
                }
            } else if (TIMES.containsKey(name)) {
                filters.add(timeEquals(name, values, problems));
            } else if (CIRCUIT.containsKey(name)) {
                filters.add(hitting(CIRCUIT.get(name), values));
            } else if (name.contains(".") && TIMES.containsKey(name.substring(0, name.indexOf('.')))) {
                filters.add(time(name, value, problems));
            } else {
                problems.add(FieldProblem.of(name, value, Text.of("problem.notAFilter", known())));
            }
        });
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return filters.stream().reduce(Specification.where(null), Specification::and);
    }

    /** Every alarm, or those hitting the account manager's customers' circuits. */
    static Specification<Alarm> visibleTo(Optional<String> accountManager) {
        return accountManager.map(manager -> hitting("accountManagerEmployeeId", List.of(manager)))
                .orElse(Specification.where(null));
    }

    private static Specification<Alarm> anyOf(String attribute, List<String> values, String name,
            List<FieldProblem> problems) {
        if (attribute.equals("id") || attribute.equals("parentAlarmId")) {
            List<Long> ids = new ArrayList<>();
            for (String value : values) {
                try {
                    ids.add(Long.valueOf(value));
                } catch (NumberFormatException e) {
                    problems.add(FieldProblem.of(name, value, Text.of("alarm.idNumber")));
                }
            }
            return (alarm, query, cb) -> alarm.get(attribute).in(ids);
        }
        return (alarm, query, cb) -> alarm.get(attribute).in(values);
    }

    /**
     * Alarms with a circuit whose attribute is one of the values: a correlated {@code exists} on the alarm's circuits
     * (one probe of their index per alarm, or one pass over the values' entries), not a second read of the alarm.
     */
    private static Specification<Alarm> hitting(String attribute, List<String> values) {
        return (alarm, query, cb) -> {
            Subquery<Integer> hits = query.subquery(Integer.class);
            Root<Alarm> same = hits.correlate(alarm);
            Join<Alarm, ?> circuit = same.join("circuits");
            hits.select(cb.literal(1)).where(circuit.get(attribute).in(values));
            return cb.exists(hits);
        };
    }

    /** {@code alarmRaisedTime=2026-12-01T08:00:00Z}: the same instant, in whatever offset it is written. */
    private static Specification<Alarm> timeEquals(String name, List<String> values, List<FieldProblem> problems) {
        List<Instant> instants = new ArrayList<>();
        for (String value : values) {
            try {
                instants.add(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of(name, value, Text.of("problem.dateTime")));
            }
        }
        return (alarm, query, cb) -> alarm.get(TIMES.get(name)).in(instants);
    }

    private static Specification<Alarm> time(String name, String value, List<FieldProblem> problems) {
        String attribute = TIMES.get(name.substring(0, name.indexOf('.')));
        String operator = name.substring(name.indexOf('.') + 1);
        Instant at;
        try {
            at = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(name, value, Text.of("problem.dateTime")));
            return Specification.where(null);
        }
        if (!Set.of("gt", "gte", "lt", "lte").contains(operator)) {
            problems.add(FieldProblem.of(name, value, Text.of("problem.operator")));
            return Specification.where(null);
        }
        return (alarm, query, cb) -> compare(cb, alarm, attribute, operator, at);
    }

    private static Predicate compare(CriteriaBuilder cb, Root<Alarm> alarm, String attribute, String operator,
            Instant at) {
        return switch (operator) {
            case "gt" -> cb.greaterThan(alarm.get(attribute), at);
            case "gte" -> cb.greaterThanOrEqualTo(alarm.get(attribute), at);
            case "lt" -> cb.lessThan(alarm.get(attribute), at);
            default -> cb.lessThanOrEqualTo(alarm.get(attribute), at);
        };
    }

    private static String known() {
        Set<String> names = new TreeSet<>(ATTRIBUTES.keySet());
        names.addAll(FLAGS.keySet());
        names.addAll(CIRCUIT.keySet());
        TIMES.keySet().forEach(time -> names.add(time + ".gt|gte|lt|lte"));
        return String.join(", ", names);
    }
}
