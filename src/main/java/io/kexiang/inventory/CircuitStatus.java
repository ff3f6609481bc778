package io.kexiang.inventory;

public enum CircuitStatus {
    IN_SERVICE, CUTOVER, SUSPENDED, CEASED
}
