package io.kexiang.alarm.intake;

/**
 * An alarm as the intake touched it.
 *
 * @param previousSeverity the severity before this event, null for a new alarm
 */
record OpenAlarm(long id, String severity, String previousSeverity, boolean flapping, int flapCycles,
                 Long parentId) {
}
