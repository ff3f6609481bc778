package io.kexiang.mib;

/** A variable binding's OID read as an object and its instance index: {@code ifOperStatus} and {@code 5}. */
public record ObjectInstance(MibObject object, String index) {

    /** {@code ifOperStatus.5}, or the bare name for a scalar's {@code .0}. */
    public String displayName() {
        return index.isEmpty() || index.equals("0") ? object.symbol().name() : object.symbol().name() + "." + index;
    }
}
