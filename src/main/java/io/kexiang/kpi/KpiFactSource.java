package io.kexiang.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where KPI facts come from: one source per kind of thing counted, in the module that keeps it or, for modules
 * that build on the KPIs themselves (reports), a bean of theirs. Each fact names its KPI, which
 * {@code KpiCatalog} defines.
 */
public interface KpiFactSource {

    /** The KPIs this source's facts count for: a figure of another KPI does not read it. */
    Set<String> kpis();

    /** The facts of every KPI this source feeds, for things that ended in [from, to). */
    List<KpiFact> facts(Instant from, Instant to);

    /**
     * True when a fact describes the whole period asked for (a circuit's availability in it) rather than a thing
     * that happened in it: such facts cannot be grouped by month afterwards, a month's are read month by month.
     */
    default boolean describesPeriod() {
        return false;
    }
}
