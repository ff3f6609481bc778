package io.kexiang.ticket.opening;

import io.kexiang.alarm.AlarmSummary;
import io.kexiang.ticket.store.NewTicket;
import io.kexiang.ticket.store.OpeningRows.CustomerCircuit;
import io.kexiang.ticket.store.OpeningRows.Fault;
import io.kexiang.ticket.store.TicketRows.Attachment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A batch of alarms decided in memory, one customer's hits at a time, in the order the candidates fell due, as if
 * each were opened or joined on its own: an alarm of a fault, or on a circuit, that has an open ticket of its
 * customer joins that ticket (the tickets this batch opens included); otherwise it opens one. What it decides is
 * then written by statement per table.
 */
final class OpeningPlan {

    private final Map<Fault, Target> byFault = new HashMap<>();
    private final Map<CustomerCircuit, Target> byCircuit = new HashMap<>();
    private final Set<Attachment> attached;
    private final Map<Long, Target> existing = new HashMap<>();
    private final List<Target> opening = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    /**
     * @param faults the open tickets of the batch's faults
     * @param circuits the oldest open fault ticket on each of the batch's circuits
     * @param attached the alarms attached to tickets already
     */
    OpeningPlan(Map<Fault, Long> faults, Map<CustomerCircuit, Long> circuits, Set<Attachment> attached) {
        faults.forEach((fault, id) -> byFault.put(fault, existing(id)));
        circuits.forEach((circuit, id) -> byCircuit.put(circuit, existing(id)));
        this.attached = new HashSet<>(attached);
    }

    /** The alarm's hits on one customer's circuits: joins the customer's ticket of its fault or circuits, or opens. */
    void take(AlarmSummary alarm, String customer, List<String> circuits, Function<AlarmSummary, NewTicket> draft) {
        Fault fault = new Fault(alarm.rootId().value(), customer);
        Target ticket = byFault.get(fault);
        if (ticket == null) {
            ticket = circuits.stream().map(circuit -> byCircuit.get(new CustomerCircuit(customer, circuit)))
                    .filter(Objects::nonNull).min(Comparator.comparingLong(Target::age)).orElse(null);
        }
        if (ticket == null) {
            Target opened = new Target(null, opening.size(), draft.apply(alarm));
            opening.add(opened);
            byFault.put(fault, opened);
            cover(opened, customer, circuits);
            steps.add(new Step(opened, alarm, Step.Kind.OPENED, customer, circuits));
            return;
        }
        if (attached.add(new Attachment(ticket.key(), alarm.id().value()))) {
            cover(ticket, customer, circuits);
            steps.add(new Step(ticket, alarm, Step.Kind.ATTACHED, customer, circuits));
        }
        Fault ownFault = new Fault(alarm.id().value(), customer);
        if (alarm.rootCause() && !byFault.containsKey(ownFault)) {
            byFault.values().removeIf(ticket::equals);
            byFault.put(ownFault, ticket);
            ticket.rekey(alarm.id().value());
            steps.add(new Step(ticket, alarm, Step.Kind.ROOT_CAUSE, customer, circuits));
        }
    }

    private void cover(Target ticket, String customer, List<String> circuits) {
        circuits.forEach(circuit -> byCircuit.merge(new CustomerCircuit(customer, circuit), ticket,
                (held, offered) -> held.age() <= offered.age() ? held : offered));
    }

    private Target existing(long id) {
        return existing.computeIfAbsent(id, key -> new Target(key, -1, null));
    }

    /** The tickets to open, in order. */
    List<Target> opening() {
        return opening;
    }

    /** What happens to tickets, in order: opened, an alarm attached, made a root cause's. */
    List<Step> steps() {
        return steps;
    }

    /**
     * A ticket the batch opens or joins: one open already (its id), or one it opens (its place in the batch, and its
     * draft; the id once inserted).
     */
    static final class Target {

        private Long id;
        private final int place;
        private NewTicket draft;

        private Target(Long id, int place, NewTicket draft) {
            this.id = id;
            this.place = place;
            this.draft = draft;
        }

        Long id() {
            return id;
        }

        void inserted(long insertedId) {
            this.id = insertedId;
        }

        NewTicket draft() {
            return draft;
        }

        boolean isNew() {
            return draft != null;
        }

        /** Older tickets first: those open already by id, then the batch's in the order opened. */
        private long age() {
            return place < 0 ? id : Long.MAX_VALUE / 2 + place;
        }

        /** A key for attachments decided before the batch's tickets have ids. */
        private long key() {
            return place < 0 ? id : -1 - place;
        }

        /** The batch's own tickets take a root cause's fault as they are opened; those open already, by update. */
        private void rekey(long rootAlarmId) {
            if (isNew()) {
                draft = new NewTicket(draft.ticketType(), draft.origin(), draft.name(), draft.description(),
                        draft.severity(), draft.priority(), draft.customerCode(), draft.customerName(), draft.tier(),
                        draft.accountManagerEmployeeId(), draft.accountManagerName(), rootAlarmId,
                        draft.circuitIds(), draft.responseDue(), draft.restorationDue(), draft.createdBy());
            }
        }
    }

    /** One thing that happens to a ticket, journaled in this order. */
    record Step(Target ticket, AlarmSummary alarm, Kind kind, String customer, List<String> circuits) {

        enum Kind { OPENED, ATTACHED, ROOT_CAUSE }
    }
}
