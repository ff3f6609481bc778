package io.kexiang.mib.internal;

import io.kexiang.mib.MibObject;
import io.kexiang.mib.MibProblem;
import io.kexiang.mib.MibReport;
import io.kexiang.mib.MibSymbol;
import io.kexiang.shared.files.ShippedFiles.ShippedFile;
import io.kexiang.shared.files.ShippedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsmiparser.parser.SmiDefaultParser;
import org.jsmiparser.smi.SmiMib;
import org.jsmiparser.smi.SmiModule;
import org.jsmiparser.smi.SmiNamedNumber;
import org.jsmiparser.smi.SmiNotificationType;
import org.jsmiparser.smi.SmiTrapType;
import org.jsmiparser.smi.SmiType;
import org.jsmiparser.smi.SmiVariable;
import org.jsmiparser.smi.SmiVersion;
import org.jsmiparser.util.problem.AbstractProblemEventHandler;
import org.jsmiparser.util.problem.ProblemEvent;
import org.jsmiparser.util.problem.annotations.ProblemSeverity;

/**
 * Compiles every file of a folder with jsmiparser, resolving imports across files. A broken file is reported
 * (file, line, reason) and its definitions are missing; everything else loads.
 */
final class MibCompiler {

    private static final String INTERNAL_MODULE = "JSMI_INTERNAL_MIB";
    private static final Pattern FILE_URL = Pattern.compile("file:\\S+");

    private MibCompiler() {
    }

    static CompiledMibs compile(Path directory, Instant now) {
        return compile(ShippedFiles.of("mibs", directory, MibCompiler::isMibFile), describe(directory), now);
    }

    /** What the report names as the source: the shipped modules and the operator's folder over them. */
    static String describe(Path directory) {
        return "shipped + " + directory.toAbsolutePath().normalize();
    }

    static CompiledMibs compile(List<ShippedFile> files, String source, Instant now) {
        List<MibProblem> problems = new ArrayList<>();
        SmiDefaultParser parser = new SmiDefaultParser(new AbstractProblemEventHandler() {
            @Override
            public void handle(ProblemEvent event) {
                super.handle(event);
                if (event.getSeverity().compareTo(ProblemSeverity.WARNING) >= 0) {
                    problems.add(problem(event));
                }
            }
        });
        parser.getFileParserPhase().setInputUrls(ModuleNames.firstDefinitions(files, problems));
        SmiMib mib;
        try {
            mib = parser.parse();
        } catch (RuntimeException e) {
            problems.add(new MibProblem(null, 0, "FATAL", "the MIB folder did not compile: " + e.getMessage()));
            return new CompiledMibs(Map.of(), new OidTree<>(), new MibReport(now, source, List.of(), 0, 0,
                    List.copyOf(problems)));
        }
        List<SmiModule> modules = preferred(mib);
        Map<String, MibSymbol> notifications = new HashMap<>();
        OidTree<MibObject> objects = new OidTree<>();
        int objectCount = 0;
        for (SmiModule module : modules) {
            addNotifications(module, notifications);
            for (SmiVariable variable : module.getVariables()) {
                if (variable.getOid() != null) {
                    objects.putIfAbsent(variable.getOid(), object(module, variable));
                    objectCount++;
                }
            }
        }
        MibReport report = new MibReport(now, source,
                modules.stream().map(SmiModule::getId).sorted().toList(), notifications.size(), objectCount,
                List.copyOf(problems));
        return new CompiledMibs(Map.copyOf(notifications), objects, report);
    }

    /** SMIv2 modules first, so that IF-MIB names an OID that the older RFC1213-MIB defines too. */
    private static List<SmiModule> preferred(SmiMib mib) {
        return mib.getModules().stream().filter(m -> !INTERNAL_MODULE.equals(m.getId()))
                .sorted(Comparator.comparing((SmiModule m) -> m.getVersion() == SmiVersion.V1)
                        .thenComparing(SmiModule::getId))
                .toList();
    }

    private static void addNotifications(SmiModule module, Map<String, MibSymbol> notifications) {
        for (SmiNotificationType notification : module.getNotificationTypes()) {
            if (notification.getOid() != null) {
                notifications.putIfAbsent(notification.getOidStr(),
                        new MibSymbol(module.getId(), notification.getId(), notification.getOidStr()));
            }
        }
        for (SmiTrapType trap : module.getTrapTypes()) {
            if (trap.getEnterpriseOid() != null && trap.getEnterpriseOid().getOid() != null) {
                // RFC 3584 3.1: an SMIv1 trap becomes snmpTrapOID = enterprise.0.specific-trap
                String oid = trap.getEnterpriseOid().getOidStr() + ".0." + trap.getSpecificType();
                notifications.putIfAbsent(oid, new MibSymbol(module.getId(), trap.getId(), oid));
            }
        }
    }

    private static MibObject object(SmiModule module, SmiVariable variable) {
        MibSymbol symbol = new MibSymbol(module.getId(), variable.getId(), variable.getOidStr());
        String syntax = variable.getPrimitiveType() == null ? null : variable.getPrimitiveType().name();
        String convention = convention(variable.getType());
        return new MibObject(symbol, syntax, convention, enums(variable.getEnumValues()),
                bits(variable.getBitFields()), BitSums.of(variable.getDescription()));
    }

    /** {@code DisplayString (SIZE (0..255))} is a nameless refinement: the name is on a base type. */
    private static String convention(SmiType type) {
        for (SmiType t = type; t != null; t = t.getBaseType()) {
            if (t.getId() != null && !t.getId().isBlank() && Character.isUpperCase(t.getId().charAt(0))
                    && t.getModule() != null && !INTERNAL_MODULE.equals(t.getModule().getId())) {
                return t.getId();
            }
        }
        return null;
    }

    private static Map<Long, String> enums(List<SmiNamedNumber> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> labels = new LinkedHashMap<>();
        values.forEach(v -> labels.put(v.getValue().longValue(), v.getId()));
        return Collections.unmodifiableMap(labels);
    }

    private static Map<Integer, String> bits(List<SmiNamedNumber> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<Integer, String> labels = new LinkedHashMap<>();
        values.forEach(v -> labels.put(v.getValue().intValue(), v.getId()));
        return Collections.unmodifiableMap(labels);
    }

    /** Any file name will do, but not the folder's own documentation or hidden files. */
    static boolean isMibFile(String name) {
        return !name.startsWith(".") && !name.toLowerCase().endsWith(".md");
    }

    static boolean isMibFile(Path file) {
        return isMibFile(file.getFileName().toString());
    }

    static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(file + " has no URL", e);
        }
    }

    /** Lexer errors come without a location, naming the file only in their message; their line is 0. */
    private static MibProblem problem(ProblemEvent event) {
        String message = event.getLocalizedMessage();
        String source = event.getLocation() == null ? null : event.getLocation().getSource();
        if (source == null) {
            Matcher url = FILE_URL.matcher(message);
            source = url.find() ? url.group() : null;
        }
        String file = source == null ? null : source.substring(source.lastIndexOf('/') + 1);
        int line = event.getLocation() == null ? 0 : Math.max(0, event.getLocation().getLine());
        return new MibProblem(file, line, event.getSeverity().name(), message);
    }
}
