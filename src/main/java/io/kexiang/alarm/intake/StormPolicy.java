package io.kexiang.alarm.intake;

import java.time.Duration;

/**
 * Many interfaces of one element down at once is the element's fault, not theirs (a line card, power, the element
 * unreachable): when at least {@code share} of the element's interfaces that carry circuits, and never fewer than
 * {@code minInterfaces}, go down within the storm window, a root-cause alarm of the element stands above them.
 */
record StormPolicy(double share, int minInterfaces, Duration window) {

    static final String PROBLEM = "多端口同时中断";

    /** How many interfaces down make a storm on an element with this many. */
    int threshold(int interfaces) {
        return Math.max(minInterfaces, (int) Math.ceil(share * interfaces));
    }

    boolean isStorm(int down, int interfaces) {
        return down >= threshold(interfaces);
    }

    /** The root's details, following the count still down. */
    String details(int down, int interfaces) {
        return PROBLEM + " " + down + " of " + interfaces + " interfaces down";
    }

    /** Why an interface alarm is the storm root's child. */
    String childReason(long rootId, int down, int interfaces, String element) {
        return "child of alarm " + rootId + ": " + down + " of " + interfaces + " interfaces of " + element
                + " went down within " + window.toSeconds() + " s";
    }

    /** The storm root's reduction key: one open storm alarm per element. */
    static String key(String element) {
        return element + "|storm|interfaces";
    }
}
