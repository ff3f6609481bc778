package io.kexiang.mib.internal;

import io.kexiang.mib.MibProblem;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jsmiparser aborts the whole compilation when two files define the same module (a vendor MIB saved twice
 * under different names). The first file, by name, keeps the module; a later one is skipped and reported.
 */
final class ModuleNames {

    private static final Pattern DEFINITION =
            Pattern.compile("(?m)^\\s*([A-Za-z][A-Za-z0-9_-]*)\\s+DEFINITIONS\\s*::=\\s*BEGIN");

    private ModuleNames() {
    }

    static List<URL> firstDefinitions(List<Path> files, List<MibProblem> problems) {
        Map<String, Path> definedIn = new HashMap<>();
        List<URL> kept = new ArrayList<>();
        for (Path file : files) {
            String duplicate = null;
            List<String> modules = modules(file);
            for (String module : modules) {
                Path first = definedIn.get(module);
                if (first != null) {
                    duplicate = "module " + module + " is already defined in " + first.getFileName()
                            + "; this file is skipped";
                }
            }
            if (duplicate != null) {
                problems.add(new MibProblem(file.getFileName().toString(), 1, "ERROR", duplicate));
                continue;
            }
            modules.forEach(module -> definedIn.put(module, file));
            kept.add(MibCompiler.url(file));
        }
        return kept;
    }

    private static List<String> modules(Path file) {
        List<String> names = new ArrayList<>();
        try {
            // Latin-1 reads any byte: a Chinese comment in GBK must not stop the scan.
            Matcher matcher = DEFINITION.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        } catch (IOException e) {
            // An unreadable file is reported by the parser itself.
        }
        return names;
    }
}
