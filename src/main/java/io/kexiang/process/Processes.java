package io.kexiang.process;

import java.util.Map;
import java.util.Optional;

/** Starts and ends process instances for the modules whose work they carry (resource checks, circuit orders). */
public interface Processes {

    /**
     * Starts the latest version of a process in the caller's transaction: if the caller's work rolls back, the
     * instance was never started.
     *
     * @param processKey the BPMN process id ({@code resource-check})
     * @param businessKey the record it carries ({@code RC-20261202-0001}); shown in every task and notice
     * @return the instance's id
     */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /** Ends a running instance (an order cancelled); false when it had ended already. */
    boolean cancel(String instanceId, String reason);

    /** The steps a running instance is at, by name ({@code 运行维护部核查}), empty once it has ended. */
    java.util.List<String> currentSteps(String instanceId);

    /**
     * How an instance ended: the id of its end event ({@code answered}, {@code handedOver}), {@code cancelled} when
     * it was ended by hand; empty while it runs.
     */
    Optional<String> outcome(String instanceId);

    /** A variable of a running or finished instance. */
    Optional<Object> variable(String instanceId, String name);
}
