package io.kexiang.kpi;

import java.time.Instant;
import java.util.List;

/**
 * Where KPI facts come from: one source per kind of thing counted, in the module that keeps it or, for modules
 * that build on the KPIs themselves (reports), a bean of theirs. Each fact names its KPI, which
 * {@code KpiCatalog} defines.
 */
public interface KpiFactSource {

    /** The facts of every KPI this source feeds, for things that ended in [from, to). */
    List<KpiFact> facts(Instant from, Instant to);
}
