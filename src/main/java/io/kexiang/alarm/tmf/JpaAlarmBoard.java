package io.kexiang.alarm.tmf;

import io.kexiang.alarm.AlarmBoard;
import io.kexiang.alarm.AlarmState;
import io.kexiang.alarm.BoardRow;
import io.kexiang.alarm.BoardVersion;
import io.kexiang.alarm.store.Alarm;
import io.kexiang.alarm.store.AlarmCircuit;
import io.kexiang.alarm.store.AlarmHistory;
import io.kexiang.alarm.store.AlarmOperations;
import io.kexiang.alarm.store.Alarms;
import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.web.PageWindow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The board reads with the TMF642 list's filters and acts with its operations, so both say the same. */
@Component
@PreAuthorize("hasAuthority('STAFF')")
class JpaAlarmBoard implements AlarmBoard {

    /** The alarm's own columns that a board row shows, besides its count (see {@link #row}). */
    private static final List<String> SHOWN = List.of("perceivedSeverity", "state", "networkElement",
            "alarmedObjectId", "probableCause", "specificProblem", "ackState", "ackUserId", "flapping",
            "plannedOutage", "serviceAffecting", "isRootCause", "raisedAt");

    /** {@link #versions}: the same columns as a first page's, by id, in HQL (its translation is cached by its text). */
    private static final String VERSIONS = "select a.id, a.changedAt, a.occurrenceCount, "
            + String.join(", ", SHOWN.stream().map(column -> "a." + column).toList())
            + " from Alarm a where a.id in :ids and a.state <> 'cleared' and a.parentAlarmId is null";

    private static final Sort NEWEST = Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("id"));

    private final Alarms alarms;
    private final AlarmOperations operations;
    private final AlarmVisibility visibility;
    private final AlarmViews views;
    private final AlarmHistory history;
    private final EntityManager entities;

    JpaAlarmBoard(Alarms alarms, AlarmOperations operations, AlarmVisibility visibility, AlarmViews views,
            AlarmHistory history, EntityManager entities) {
        this.entities = entities;
        this.alarms = alarms;
        this.operations = operations;
        this.visibility = visibility;
        this.views = views;
        this.history = history;
    }

    @Override
    @Transactional(readOnly = true)
    public Page open(Map<String, String> filters, Authentication viewer, int offset, int limit) {
        PageWindow window = PageWindow.of(offset, Math.min(limit, PageWindow.MAX_LIMIT));
        org.springframework.data.domain.Page<Alarm> page = alarms.findAll(standingAlone(filters, viewer),
                window.pageable(NEWEST));
        return new Page(rows(page.getContent()), page.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> detail(AlarmId id, Authentication viewer) {
        if (!alarms.existsById(id.value())) {
            throw new NotFoundException("alarm", id.value());
        }
        visibility.require(id.value(), viewer);
        Map<String, Object> detail = new LinkedHashMap<>(views.of(id.value()));
        detail.put("journal", history.journal(id.value()));
        detail.put("events", history.events(id.value()).stream().limit(50).toList());
        return detail;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BoardRow> history(Map<String, String> filters, Authentication viewer, int limit) {
        return rows(alarms.findAll(AlarmQuery.of(filters).and(AlarmQuery.visibleTo(CustomerScope.ownCustomersOf(
                viewer))), PageRequest.of(0, Math.min(limit, PageWindow.MAX_LIMIT), NEWEST)).getContent());
    }

    @Override
    @Transactional(readOnly = true)
    public List<BoardRow> children(AlarmId root, Authentication viewer) {
        return rows(alarms.findAll(onBoard(Map.of(), viewer).and((alarm, query, cb) -> cb.equal(
                alarm.get("parentAlarmId"), root.value())), PageRequest.of(0, PageWindow.MAX_LIMIT, NEWEST))
                .getContent());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<AlarmId, BoardVersion> firstPage(Map<String, String> filters, Authentication viewer, int limit) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Alarm> alarm = query.from(Alarm.class);
        Specification<Alarm> onBoard = standingAlone(filters, viewer);
        List<Selection<?>> columns = new ArrayList<>(List.of(alarm.get("id"), alarm.get("changedAt"),
                alarm.get("occurrenceCount")));
        SHOWN.forEach(column -> columns.add(alarm.get(column)));
        query.multiselect(columns).where(onBoard.toPredicate(alarm, query, cb))
                .orderBy(cb.desc(alarm.get("raisedAt")), cb.desc(alarm.get("id")));
        Map<AlarmId, BoardVersion> page = new LinkedHashMap<>();
        for (Object[] row : entities.createQuery(query).setMaxResults(Math.min(limit, PageWindow.MAX_LIMIT))
                .getResultList()) {
            page.put(AlarmId.of((Long) row[0]), version(row));
        }
        return page;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<AlarmId, BoardVersion> versions(Collection<AlarmId> ids) {
        Map<AlarmId, BoardVersion> versions = new HashMap<>();
        if (ids.isEmpty()) {
            return versions;
        }
        for (Object[] row : entities.createQuery(VERSIONS, Object[].class)
                .setParameter("ids", ids.stream().map(AlarmId::value).toList()).getResultList()) {
            versions.put(AlarmId.of((Long) row[0]), version(row));
        }
        return versions;
    }

    private static BoardVersion version(Object[] row) {
        return new BoardVersion((Instant) row[1], (Integer) row[2], Arrays.asList(row).subList(3, row.length));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BoardRow> rows(Collection<AlarmId> ids, Authentication viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> wanted = ids.stream().map(AlarmId::value).toList();
        return rows(alarms.findAll(AlarmQuery.visibleTo(CustomerScope.ownCustomersOf(viewer))
                .and((alarm, query, cb) -> alarm.get("id").in(wanted)), NEWEST));
    }

    @Override
    @Transactional
    @PreAuthorize(AlarmController.OPERATORS)
    public List<AlarmId> act(Action action, List<AlarmId> ids, String comment, Authentication viewer) {
        ids.forEach(id -> visibility.require(id.value(), viewer));
        AlarmOperations.Actor actor = Actors.of(viewer, null, null);
        List<AlarmId> changed = new ArrayList<>();
        for (AlarmId id : ids) {
            boolean done = switch (action) {
                case ACKNOWLEDGE -> operations.acknowledge(id.value(), actor);
                case COMMENT -> operations.comment(id.value(), actor, comment);
                case CLEAR -> operations.clear(id.value(), actor, null);
            };
            if (done) {
                changed.add(id);
            }
        }
        return changed;
    }

    /** The board's own rows: open alarms under no root, passing the filters, that the viewer may see. */
    private static Specification<Alarm> standingAlone(Map<String, String> filters, Authentication viewer) {
        return onBoard(filters, viewer).and((alarm, query, cb) -> cb.isNull(alarm.get("parentAlarmId")));
    }

    /** Open alarms passing the filters that the viewer may see. */
    private static Specification<Alarm> onBoard(Map<String, String> filters, Authentication viewer) {
        Specification<Alarm> open = (alarm, query, cb) -> cb.notEqual(alarm.get("state"), AlarmState.CLEARED.tmf());
        return open.and(AlarmQuery.of(filters)).and(AlarmQuery.visibleTo(CustomerScope.ownCustomersOf(viewer)));
    }

    private List<BoardRow> rows(List<Alarm> page) {
        Map<Long, Integer> children = new HashMap<>();
        List<Long> roots = page.stream().filter(Alarm::isRootCause).map(Alarm::id).toList();
        if (!roots.isEmpty()) {
            alarms.childrenOf(roots).forEach(pair -> children.merge((Long) pair[0], 1, Integer::sum));
        }
        return page.stream().map(alarm -> row(alarm, children.getOrDefault(alarm.id(), 0))).toList();
    }

    private static BoardRow row(Alarm alarm, int children) {
        Map<String, BoardRow.Customer> customers = new LinkedHashMap<>();
        List<CircuitId> circuits = new ArrayList<>();
        List<String> managers = new ArrayList<>();
        for (AlarmCircuit circuit : alarm.circuits()) {
            circuits.add(CircuitId.of(circuit.circuitId()));
            if (circuit.customerCode() != null) {
                customers.putIfAbsent(circuit.customerCode(), new BoardRow.Customer(
                        CustomerCode.of(circuit.customerCode()), circuit.customerName(), circuit.tier()));
            }
            if (circuit.accountManagerName() != null && !managers.contains(circuit.accountManagerName())) {
                managers.add(circuit.accountManagerName());
            }
        }
        return new BoardRow(AlarmId.of(alarm.id()), alarm.perceivedSeverity(), alarm.state(), alarm.raisedAt(),
                alarm.changedAt(), alarm.networkElement(), alarm.alarmedObjectId(), alarm.probableCause(),
                alarm.specificProblem(), List.copyOf(customers.values()), circuits, managers,
                alarm.occurrenceCount(), "acknowledged".equals(alarm.ackState()), alarm.ackUserId(),
                alarm.flapping(), alarm.plannedOutage(), alarm.serviceAffecting(), alarm.isRootCause(), children,
                AlarmId.orNull(alarm.parentAlarmId()));
    }
}
