package io.kexiang.inventory;

/** Network elements, customers or circuits were created, updated or ceased. */
public record InventoryChanged(String kind, int count) {
}
