package io.kexiang.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * One thing a KPI counts (given by a {@link KpiFactSource}): a ticket restored, a check answered, a step due. {@code met} for a share, {@code measure}
 * for a mean (hours, working days), {@code missed} naming it when it counts against the figure, {@code group} what a
 * KPI's own detail splits it by (a response's priority).
 */
public record KpiFact(String kpi, boolean met, Dimensions dimensions, BigDecimal measure, String month, Kpis.Item missed,
            String group) {

    public KpiFact(String kpi, boolean met, Dimensions dimensions, BigDecimal measure, String month, Kpis.Item missed) {
        this(kpi, met, dimensions, measure, month, missed, null);
    }

    public KpiFact inGroup(String name) {
        return new KpiFact(kpi, met, dimensions, measure, month, missed, name);
    }

    /** What a fact can be cut and narrowed by. */
    public record Dimensions(String department, String person, String tier, List<String> circuitTypes, String customer) {

        public boolean matches(KpiFilter filter) {
            return (filter.department() == null || filter.department().equals(department))
                    && (filter.person() == null || filter.person().equals(person))
                    && (filter.tier() == null || filter.tier().equals(tier))
                    && (filter.circuitType() == null || circuitTypes.contains(filter.circuitType()))
                    && (filter.customer() == null || filter.customer().equals(customer));
        }

        /** The keys the fact falls under when cut by a dimension (a ticket on two kinds of circuit: both). */
        public List<String> keys(String by) {
            return switch (by) {
                case "department" -> List.of(department == null ? "" : department);
                case "person" -> List.of(person == null ? "" : person);
                case "tier" -> List.of(tier == null ? "" : tier);
                case "customer" -> List.of(customer == null ? "" : customer);
                case "circuitType" -> circuitTypes.isEmpty() ? List.of("") : circuitTypes;
                default -> throw new IllegalArgumentException(by);
            };
        }
    }
}
