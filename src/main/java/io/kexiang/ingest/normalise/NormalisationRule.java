package io.kexiang.ingest.normalise;

import java.util.List;
import java.util.Map;

/**
 * How one notification becomes a normalised event; see rules/README.md for the expressions.
 *
 * @param severity the severity, or the fallback when {@code severityFrom} finds no mapped reading
 * @param severityFrom an object whose reading (enumeration label or value) picks the severity in {@code severityMap}
 * @param resource resource field ({@code ifIndex}, {@code ifName}, {@code dlci}, {@code vpi}, {@code vci},
 *                 {@code vrf}, {@code e1Line}) to a varbind expression
 * @param text additional text with {@code {object}} placeholders
 * @param externalId the NMS's alarm id (serial number) as an expression, for NMS feeds
 * @param key a text with placeholders added to the reduction key, for faults the resource does not tell apart
 *            (two BGP peers of one router)
 * @param root true when the notification means the whole network element failed or restarted
 * @param rootCauses probable causes that mean the whole element failed (an NMS's "NE communication break")
 * @param rootFrom an expression that reads {@code true} when the event says it is a root cause itself
 * @param element the element as the event names it, when that is a varbind (an NMS's own name of the element,
 *                found in the inventory's {@code nms_name} or {@code name}); otherwise the sender or snmpTrapAddress
 * @param alarm false: the notification is archived but raises no alarm (heartbeats)
 * @param eventTime an expression giving the time of the fault at its source (ISO-8601, or local
 *                  {@code yyyy-MM-dd HH:mm:ss})
 */
record NormalisationRule(String notification, String eventType, String probableCause, String specificProblem,
                         String severity, String severityFrom, Map<String, String> severityMap,
                         Map<String, String> resource, String text, String externalId, String key, Boolean root,
                         List<String> rootCauses, String rootFrom, String element, Boolean alarm,
                         String eventTime) {
}
