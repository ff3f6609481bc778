package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import java.time.Instant;
import java.util.List;

/**
 * An alarm as a line of the NOC's board: what an engineer scans for (severity, place, cause, who is hit) and what
 * they act on (acknowledged yet, flapping, planned by a cutover, a storm's root with children).
 *
 * @param occurrences how many times the network reported it (repeats are reduced into one alarm)
 * @param children the alarms under it when it is a storm's root, else 0
 */
public record BoardRow(AlarmId id, String perceivedSeverity, String state, Instant raisedAt, Instant changedAt,
                       String networkElement, String alarmedObject, String probableCause, String specificProblem,
                       List<Customer> customers, List<CircuitId> circuits, List<String> accountManagers,
                       int occurrences, boolean acknowledged, String acknowledgedBy, boolean flapping,
                       boolean plannedOutage, boolean serviceAffecting, boolean rootCause, int children,
                       AlarmId parent) {

    /** A group customer the alarm hits, with their service tier. */
    public record Customer(CustomerCode code, String name, String tier) {
    }

    /** The row as it is with another count and version (a repeat moves nothing else a board shows). */
    public BoardRow withCount(int occurrences, Instant changedAt) {
        return new BoardRow(id, perceivedSeverity, state, raisedAt, changedAt, networkElement, alarmedObject,
                probableCause, specificProblem, customers, circuits, accountManagers, occurrences, acknowledged,
                acknowledgedBy, flapping, plannedOutage, serviceAffecting, rootCause, children, parent);
    }

    /** The board's top tier hit: AAA before AA before A before B; null for an infrastructure alarm. */
    public String highestTier() {
        return customers.stream().map(Customer::tier).filter(tier -> tier != null)
                .min(java.util.Comparator.comparingInt(BoardRow::tierRank)).orElse(null);
    }

    /** A new critical alarm on an AAA customer: the board makes it impossible to miss. */
    public boolean urgent() {
        return "critical".equals(perceivedSeverity) && "AAA".equals(highestTier()) && !acknowledged;
    }

    private static int tierRank(String tier) {
        return switch (tier) {
            case "AAA" -> 0;
            case "AA" -> 1;
            case "A" -> 2;
            default -> 3;
        };
    }
}
