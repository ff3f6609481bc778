package io.kexiang.kpi;

/**
 * Narrows the facts a figure counts; null: no narrowing. {@code circuitType} matches a fact touching a circuit of
 * that type (a check or an order: the service type asked for).
 */
public record KpiFilter(String department, String person, String tier, String circuitType, String customer) {

    public static final KpiFilter NONE = new KpiFilter(null, null, null, null, null);
}
