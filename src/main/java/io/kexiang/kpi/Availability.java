package io.kexiang.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * Availability (可用率) and MTBF per circuit and per customer for a period: minutes in service / minutes in the
 * period, the outages being the service-affecting alarms on the circuit (overlaps merged), less the approved
 * cutover windows on it and the time its tickets waited on the customer.
 */
public interface Availability {

    /**
     * A circuit's period: {@code failures} the outages left after the exclusions, {@code mtbfHours} the hours in
     * service per failure (null without one), {@code target} its tier's, {@code met} whether it reached it.
     */
    record CircuitFigures(String circuitId, String type, String customerCode, String customerName, String tier,
                          long periodMinutes, long outageMinutes, int failures, BigDecimal availability,
                          BigDecimal mtbfHours, BigDecimal target, boolean met) {
    }

    /** A customer's circuits together: minutes in service over all of them / their minutes. */
    record CustomerFigures(String customerCode, String customerName, String tier, int circuits,
                           long periodMinutes, long outageMinutes, int failures, BigDecimal availability,
                           BigDecimal mtbfHours, BigDecimal target, boolean met, List<CircuitFigures> below) {
    }

    List<CircuitFigures> circuits(KpiPeriod period, KpiFilter filter);

    List<CustomerFigures> customers(KpiPeriod period, KpiFilter filter);
}
