package io.kexiang.mib;

/** A MIB file that did not compile cleanly: where, and why. */
public record MibProblem(String file, int line, String severity, String reason) {
}
