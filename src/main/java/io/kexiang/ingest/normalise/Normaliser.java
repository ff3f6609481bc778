package io.kexiang.ingest.normalise;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kexiang.ingest.RuleFiles;
import io.kexiang.ingest.NormalisedEvent;
import io.kexiang.ingest.PerceivedSeverity;
import io.kexiang.ingest.Resource;
import io.kexiang.ingest.received.NamedVarbind;
import io.kexiang.shared.files.ShippedFiles.ShippedFile;
import io.kexiang.shared.files.ShippedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a named notification into the one event model, by the rule files in {@code rules/}. A notification no
 * rule covers is kept as it is, with severity indeterminate. A rule file that does not read is logged and
 * skipped; the others apply.
 */
@Component
public class Normaliser implements RuleFiles {

    private static final Logger log = LoggerFactory.getLogger(Normaliser.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private record Loaded(String family, NormalisationRule rule) {
    }


    private record Rules(Map<String, Loaded> byNotification, List<String> skipped) {
    }

    private final Path directory;
    private final ZoneId zone;
    private volatile Rules rules;

    Normaliser(@Value("${kexiang.ingest.rules.directory:rules}") Path directory,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.directory = ShippedFiles.folder(directory);
        this.zone = zone;
        this.rules = load(this.directory);
    }

    /** Reads the rules folder again; events normalised from now on (and replayed ones) use the new rules. */
    @Override
    public Report reload() {
        rules = load(directory);
        return report();
    }

    @Override
    public Report report() {
        Map<String, List<String>> families = new TreeMap<>();
        rules.byNotification().forEach((notification, loaded) -> families
                .computeIfAbsent(loaded.family(), f -> new ArrayList<>()).add(notification));
        families.values().forEach(Collections::sort);
        return new Report(directory.toAbsolutePath().toString(), families, rules.skipped());
    }

    /**
     * @param elementOf the inventory's name of the element a name or address stands for, or null; the rule's
     *                  {@code element} expression (an NMS's own name of the element) is looked up with it too
     */
    public NormalisedEvent normalise(Instant receivedTime, String sourceAddress, String eventOrigin,
            UnaryOperator<String> elementOf, String notification, List<NamedVarbind> varbinds) {
        Loaded loaded = notification == null ? null : rules.byNotification().get(notification);
        String named = loaded == null ? null : VarbindExpression.evaluate(loaded.rule().element(), varbinds);
        String originAddress = named != null ? named : eventOrigin;
        String networkElement = originAddress == null ? null : elementOf.apply(originAddress);
        String element = networkElement != null ? networkElement : originAddress;
        if (loaded == null) {
            return new NormalisedEvent(receivedTime, receivedTime, sourceAddress, originAddress, networkElement,
                    notification, null,
                    Resource.NONE, null, null, null, PerceivedSeverity.INDETERMINATE, null, null,
                    element + "|" + notification, false, true);
        }
        NormalisationRule rule = loaded.rule();
        Resource resource = resource(rule.resource(), varbinds);
        String probableCause = text(rule.probableCause(), varbinds);
        String externalId = VarbindExpression.evaluate(rule.externalId(), varbinds);
        // An NMS numbers its alarms itself: its serial number is the fault, whatever the alarm's text says.
        String reductionKey = externalId != null ? "nms|" + sourceAddress + "|" + externalId
                : element + "|" + loaded.family() + "|" + probableCause + "|" + resourceKey(resource)
                        + (rule.key() == null ? "" : "|" + text(rule.key(), varbinds));
        return new NormalisedEvent(eventTime(rule, varbinds, receivedTime), receivedTime, sourceAddress,
                originAddress, networkElement, notification, loaded.family(), resource, text(rule.eventType(), varbinds),
                probableCause, text(rule.specificProblem(), varbinds), severity(rule, varbinds),
                text(rule.text(), varbinds), externalId, reductionKey, isRoot(rule, probableCause, varbinds),
                !Boolean.FALSE.equals(rule.alarm()));
    }

    private static boolean isRoot(NormalisationRule rule, String probableCause, List<NamedVarbind> varbinds) {
        return Boolean.TRUE.equals(rule.root())
                || rule.rootCauses() != null && rule.rootCauses().contains(probableCause)
                || "true".equalsIgnoreCase(VarbindExpression.evaluate(rule.rootFrom(), varbinds));
    }

    private static String resourceKey(Resource resource) {
        return (resource.ifIndex() != null ? "if" + resource.ifIndex() : resource.ifName() == null ? ""
                : "if:" + resource.ifName())
                + (resource.dlci() == null ? "" : "/dlci" + resource.dlci())
                + (resource.vpi() == null ? "" : "/pvc" + resource.vpi() + "." + resource.vci())
                + (resource.vrf() == null ? "" : "/vrf:" + resource.vrf())
                + (resource.e1Line() == null ? "" : "/e1:" + resource.e1Line());
    }

    private Instant eventTime(NormalisationRule rule, List<NamedVarbind> varbinds, Instant receivedTime) {
        String reading = VarbindExpression.evaluate(rule.eventTime(), varbinds);
        if (reading == null) {
            return receivedTime;
        }
        try {
            return OffsetDateTime.parse(reading).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(reading.replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                // A time the NMS wrote wrongly must not lose its alarm: the time of receipt stands in.
                return receivedTime;
            }
        }
    }

    private static PerceivedSeverity severity(NormalisationRule rule, List<NamedVarbind> varbinds) {
        String severity = rule.severity();
        if (rule.severityFrom() != null && rule.severityMap() != null) {
            String reading = VarbindExpression.evaluate(rule.severityFrom(), varbinds);
            severity = rule.severityMap().getOrDefault(reading, severity);
        }
        return severity == null ? PerceivedSeverity.INDETERMINATE
                : PerceivedSeverity.valueOf(severity.toUpperCase(Locale.ROOT));
    }

    private static Resource resource(Map<String, String> fields, List<NamedVarbind> varbinds) {
        if (fields == null || fields.isEmpty()) {
            return Resource.NONE;
        }
        return new Resource(number(fields.get("ifIndex"), varbinds),
                VarbindExpression.evaluate(fields.get("ifName"), varbinds), number(fields.get("dlci"), varbinds),
                number(fields.get("vpi"), varbinds), number(fields.get("vci"), varbinds),
                VarbindExpression.evaluate(fields.get("vrf"), varbinds),
                VarbindExpression.evaluate(fields.get("e1Line"), varbinds));
    }

    private static Integer number(String expression, List<NamedVarbind> varbinds) {
        String value = VarbindExpression.evaluate(expression, varbinds);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * {@code "{ifDescr} admin {ifAdminStatus}, oper {ifOperStatus}"}: placeholders are varbind expressions. A clause
     * (the text between ", ") with a placeholder the trap does not carry is left out, so that a trap with only
     * ifIndex and ifOperStatus reads "oper down", not "? admin ?, oper down"; nothing left is no text.
     */
    private static String text(String template, List<NamedVarbind> varbinds) {
        if (template == null) {
            return null;
        }
        List<String> clauses = new ArrayList<>();
        for (String clause : template.split(", ")) {
            String rendered = clause(clause, varbinds);
            if (rendered != null && !rendered.isBlank()) {
                clauses.add(rendered.trim());
            }
        }
        return clauses.isEmpty() ? null : String.join(", ", clauses);
    }

    /** The clause with its placeholders filled in, or null when one of them is unknown. */
    private static String clause(String template, List<NamedVarbind> varbinds) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                text.append(template, at, template.length());
                break;
            }
            text.append(template, at, open);
            String value = VarbindExpression.evaluate(template.substring(open + 1, close), varbinds);
            if (value == null) {
                return null;
            }
            text.append(value);
            at = close + 1;
        }
        return text.toString();
    }

    private static Rules load(Path directory) {
        Map<String, Loaded> rules = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        for (ShippedFile file : ShippedFiles.of("rules", directory, name -> name.endsWith(".yaml"))) {
            try (InputStream in = file.open()) {
                RuleFile rulesOfFamily = YAML.readValue(in, RuleFile.class);
                for (NormalisationRule rule : rulesOfFamily.rules()) {
                    validate(rule);
                    rules.putIfAbsent(rule.notification(), new Loaded(rulesOfFamily.family(), rule));
                }
            } catch (IOException | RuntimeException e) {
                log.error("Rule file {} ({}) skipped: {}", file.name(), file.origin(), e.getMessage());
                skipped.add(file.name() + ": " + e.getMessage());
            }
        }
        log.info("Normalisation rules: {} notifications, shipped and from {}", rules.size(), directory);
        return new Rules(Map.copyOf(rules), List.copyOf(skipped));
    }

    private static void validate(NormalisationRule rule) {
        if (rule.notification() == null || !rule.notification().contains("::")) {
            throw new IllegalArgumentException("a rule needs notification: MODULE::name, got " + rule.notification());
        }
        if (rule.severity() != null) {
            PerceivedSeverity.valueOf(rule.severity().toUpperCase(Locale.ROOT));
        }
        if (rule.severityMap() != null) {
            rule.severityMap().values().forEach(s -> PerceivedSeverity.valueOf(s.toUpperCase(Locale.ROOT)));
        }
    }
}
