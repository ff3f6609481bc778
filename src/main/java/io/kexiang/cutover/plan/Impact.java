package io.kexiang.cutover.plan;

import io.kexiang.cutover.CutoverDraft;
import java.util.List;

/** What a plan hits: its scope with elements named as the inventory spells them, and the circuits in it. */
public record Impact(List<CutoverDraft.Scope> scope, List<AffectedCircuit> circuits) {
}
