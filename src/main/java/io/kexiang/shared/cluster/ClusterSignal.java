package io.kexiang.shared.cluster;

/**
 * Another node changed something this node keeps in memory (the inventory's index, the people, the SNMPv3 users):
 * published on this node when its signal arrives. {@link #EVERYTHING} after the signals' connection was lost, since
 * whatever was signalled meanwhile is gone.
 */
public record ClusterSignal(String topic) {

    public static final String EVERYTHING = "*";

    public boolean concerns(String what) {
        return topic.equals(what) || topic.equals(EVERYTHING);
    }
}
