package io.kexiang.shared;

/** Differentiated service (差异化服务) level of a group customer, highest first. */
public enum ServiceTier {
    AAA, AA, A, B
}
