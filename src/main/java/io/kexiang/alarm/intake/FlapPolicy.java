package io.kexiang.alarm.intake;

import java.time.Duration;
import java.time.Instant;

/**
 * When a fault that was cleared comes back: within the flap window it makes one more raise/clear cycle; after
 * {@code cyclesToFlap} cycles in a row the fault is flapping, and its latest alarm reopens rather than a new one
 * opening each time (so does every return, with {@code reopenAfterClear}). A window of zero turns this off.
 *
 * @param window how soon after its clear a return counts as a cycle
 * @param cyclesToFlap cycles in a row that make the fault flapping
 * @param reopenAfterClear reopen the cleared alarm on every return within the window
 */
record FlapPolicy(Duration window, int cyclesToFlap, boolean reopenAfterClear) {

    /**
     * What a return of the fault makes of it.
     *
     * @param reopen the cleared alarm reopens; otherwise a new alarm opens
     * @param cycles the cycles the new alarm carries on (0: not a return within the window)
     */
    record Verdict(boolean reopen, int cycles) {
    }

    static final Verdict NEW_FAULT = new Verdict(false, 0);

    /**
     * @param clearedAt when the fault's last alarm was cleared (null: never)
     * @param flapCycles that alarm's cycles so far
     */
    Verdict onReturn(Instant clearedAt, int flapCycles, boolean flapping, Instant now) {
        if (clearedAt == null || window.isZero() || clearedAt.isBefore(now.minus(window))) {
            return NEW_FAULT;
        }
        int cycles = flapCycles + 1;
        return new Verdict(reopenAfterClear || flapping || cycles >= cyclesToFlap, cycles);
    }

    /** Announced once: when the reopened alarm has just reached the cycles that make it flapping. */
    boolean justStartedFlapping(boolean flapping, int flapCycles) {
        return flapping && flapCycles == cyclesToFlap;
    }
}
