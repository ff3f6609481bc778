package io.kexiang.kpi.internal;

import java.time.Instant;
import java.util.List;

/** Where facts come from: one source per module that keeps them. */
interface FactSource {

    /** The facts of every KPI this source feeds, for things that ended in [from, to). */
    List<Fact> facts(Instant from, Instant to);
}
