package io.kexiang.alarm;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An alarm's state as TMF642 spells it ({@link #tmf()}): {@code raised}, {@code updated} once something about the
 * open fault changed (its severity, or its owner's account of it), {@code cleared} when the fault is gone. A cleared
 * alarm is history: the network raises a new one (or reopens it, as a flap) rather than anyone changing it.
 */
public enum AlarmState {

    RAISED("raised"),
    UPDATED("updated"),
    CLEARED("cleared");

    private final String tmf;

    AlarmState(String tmf) {
        this.tmf = tmf;
    }

    public String tmf() {
        return tmf;
    }

    public static Optional<AlarmState> ofTmf(String name) {
        return Arrays.stream(values()).filter(state -> state.tmf.equals(name)).findFirst();
    }

    public static List<String> tmfNames() {
        return Arrays.stream(values()).map(AlarmState::tmf).toList();
    }

    public boolean isOpen() {
        return this != CLEARED;
    }

    /**
     * What a change to the open fault (its severity, its owner's update) makes of the alarm: {@code updated}; a
     * cleared alarm refuses it, naming its state.
     *
     * @param refusal what to say of a cleared alarm
     */
    public AlarmState updated(Text refusal) {
        if (this == CLEARED) {
            throw new ConflictException(refusal);
        }
        return UPDATED;
    }
}
