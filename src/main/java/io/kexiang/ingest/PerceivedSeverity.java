package io.kexiang.ingest;

/** ITU-T X.733 perceived severity; {@code CLEARED} clears the alarm with the same clear key. */
public enum PerceivedSeverity {
    CRITICAL, MAJOR, MINOR, WARNING, INDETERMINATE, CLEARED
}
