package io.kexiang.shared;

/**
 * Part of what this node has received and not yet archived (a queue of the intake's). The outbox asks it so that,
 * while the intake is behind, hub listeners are sent their coalesced events more slowly: traps have no second
 * chance, a listener's events wait and lose nothing but time.
 */
public interface IntakeBacklog {

    /** Events waiting in this part of the intake now. */
    long waiting();
}
