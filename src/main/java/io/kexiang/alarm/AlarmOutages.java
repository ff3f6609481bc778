package io.kexiang.alarm;

import java.time.Instant;
import java.util.List;

/** When the service-affecting alarms had each circuit down, for its availability. */
public interface AlarmOutages {

    /** A service-affecting alarm on a circuit, from its raise to its clear ({@code to} null: still raised). */
    record Outage(String circuitId, long alarmId, Instant from, Instant to) {
    }

    /** The outages that overlap [from, to), of one customer's circuits or (null) of all. */
    List<Outage> outages(Instant from, Instant to, String customerCode);
}
