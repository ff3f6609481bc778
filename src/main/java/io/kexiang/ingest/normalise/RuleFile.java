package io.kexiang.ingest.normalise;

import java.util.List;

/** One file of rules/: a family of notifications (interface, frame relay, MPLS VPN …). */
record RuleFile(String family, String description, List<NormalisationRule> rules) {
}
