package io.kexiang.ticket.escalation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The emergency plan's levels: a root fault is a major incident of a level when it hits at least that many
 * customers, or has kept an AAA customer down at least that long. The highest level met wins.
 */
final class EmergencyPlan {

    record Level(int rank, String name, int customers, Duration aaaOutage) {
    }

    record Verdict(Level level, String reason) {
    }

    static final List<Level> LEVELS = List.of(
            new Level(1, "一般 general", 3, Duration.ofHours(1)),
            new Level(2, "较大 larger", 10, Duration.ofHours(2)),
            new Level(3, "重大 serious", 30, Duration.ofHours(4)));

    private EmergencyPlan() {
    }

    /** @param aaaOutage how long the fault has had an AAA customer's ticket open; null when none */
    static Optional<Verdict> assess(int customers, Duration aaaOutage) {
        Verdict verdict = null;
        for (Level level : LEVELS) {
            if (customers >= level.customers()) {
                verdict = new Verdict(level, customers + " customers hit (" + level.customers() + " or more)");
            } else if (aaaOutage != null && aaaOutage.compareTo(level.aaaOutage()) >= 0) {
                verdict = new Verdict(level, "an AAA customer down " + aaaOutage.toMinutes() + " min ("
                        + level.aaaOutage().toMinutes() + " or more)");
            }
        }
        return Optional.ofNullable(verdict);
    }
}
