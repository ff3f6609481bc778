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

    /** The facts of every KPI this source feeds, for things that ended in [from, to). */
    /** The KPIs this source's facts count for: a figure of another KPI does not read it. */
    Set<String> kpis();

    List<KpiFact> facts(Instant from, Instant to);
}
