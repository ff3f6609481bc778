package io.kexiang.console.web;

import java.time.Duration;
import java.time.Instant;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A deadline as the console colours it wherever one counts down (SLA clocks, process steps, orders): amber from
 * 80 % of the time gone, red once it has passed.
 */
public record Countdown(Instant start, Instant deadline, Instant now) {

    /** {@code ok}, {@code warning} (≥ 80 % gone), {@code breached}, or {@code none} without a deadline. */
    public String state() {
        if (deadline == null) {
            return "none";
        }
        if (!now.isBefore(deadline)) {
            return "breached";
        }
        if (start == null) {
            return "ok";
        }
        long whole = Duration.between(start, deadline).toSeconds();
        long gone = Duration.between(start, now).toSeconds();
        return whole > 0 && gone * 5 >= whole * 4 ? "warning" : "ok";
    }

    /**
     * Time left as h:mm, with whole days first past a day ({@code 2d 3:15}, in Chinese {@code 2天 3:15}: the page's
     * language, from the request); negative when late: by how much.
     */
    public String left() {
        if (deadline == null) {
            return "";
        }
        long minutes = Duration.between(now, deadline).toMinutes();
        String sign = minutes < 0 ? "-" : "";
        long abs = Math.abs(minutes);
        long days = abs / (24 * 60);
        long rest = abs % (24 * 60);
        String clock = rest / 60 + ":" + String.format("%02d", rest % 60);
        String day = LocaleContextHolder.getLocale().getLanguage().equals("zh") ? "天 " : "d ";
        return sign + (days > 0 ? days + day + clock : clock);
    }
}
