package io.kexiang.inventory;

public record NetworkElementRef(String name, NetworkElementRole role, String vendor, String site, String nmsName) {
}
