package io.kexiang.mib;

import java.time.Instant;
import java.util.List;

/** The outcome of compiling the MIB folder: the modules loaded, and each broken file with line and reason. */
public record MibReport(Instant compiledAt, String directory, List<String> modules, int notifications,
                        int objects, List<MibProblem> problems) {
}
