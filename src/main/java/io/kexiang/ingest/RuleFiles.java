package io.kexiang.ingest;

import java.util.List;
import java.util.Map;

/** The normalisation rules in {@code rules/}: what they cover, and reading them again without a restart. */
public interface RuleFiles {

    /** What the rules folder holds now: the notifications covered, by family, and the files skipped (with why). */
    record Report(String directory, Map<String, List<String>> families, List<String> skipped) {
    }

    Report report();

    /** Reads the folder again; events are normalised by the new rules once it is done. */
    Report reload();
}
