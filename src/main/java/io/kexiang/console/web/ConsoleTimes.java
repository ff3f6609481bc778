package io.kexiang.console.web;

import io.kexiang.console.ConsoleSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times as the console shows them: in the centre's zone, to the second; {@code times} in every page's model. */
@Component("times")
public class ConsoleTimes {

    private final DateTimeFormatter full;
    private final DateTimeFormatter short_;
    private final DateTimeFormatter hours;
    private final String zone;

    ConsoleTimes(ConsoleSettings settings) {
        this.zone = settings.zone().getId();
        this.hours = DateTimeFormatter.ofPattern("HH:mm").withZone(settings.zone());
        this.full = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(settings.zone());
        this.short_ = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(settings.zone());
    }

    public String full(Instant at) {
        return at == null ? "" : full.format(at);
    }

    /** Month, day and time: enough on a board of today's alarms. */
    public String brief(Instant at) {
        return at == null ? "" : short_.format(at);
    }

    /** Hours and minutes: a window on a calendar day. */
    public String clock(Instant at) {
        return at == null ? "" : hours.format(at);
    }

    /** The centre's zone, for scripts that show times the browser makes (its own zone is the desk's, not ours). */
    public String zone() {
        return zone;
    }

    /** ISO-8601 for a {@code <time datetime>} attribute. */
    public String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    /** How long ago, in minutes, for the board's age column. */
    public long minutesSince(Instant at, Instant now) {
        return at == null ? 0 : Math.max(0, Duration.between(at, now).toMinutes());
    }
}
