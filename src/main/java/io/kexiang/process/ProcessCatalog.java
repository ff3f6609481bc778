package io.kexiang.process;

import java.time.Instant;
import java.util.List;

/** The deployed process definitions, and new versions deployed by an administrator without a release. */
public interface ProcessCatalog {

    /** A version of a process: how many of its instances still run. */
    record Definition(String key, String name, int version, String file, Instant deployedAt, long running) {
    }

    /** Every version of every process, by key and newest version first. */
    List<Definition> definitions();

    /**
     * Deploys a BPMN file ({@code *.bpmn20.xml}) as the next version of the processes it holds; unchanged, it is not
     * deployed again. Running instances finish on the version they started with.
     *
     * @throws io.kexiang.shared.InvalidInputException when the name is wrong or the file is not valid BPMN (the
     *         engine's problems, by element)
     */
    List<Definition> deploy(String fileName, byte[] bpmn);
}
