package io.kexiang.mib.internal;

import io.kexiang.mib.MibProblem;
import io.kexiang.shared.files.ShippedFiles.ShippedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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

    static List<URL> firstDefinitions(List<ShippedFile> files, List<MibProblem> problems) {
        Map<String, ShippedFile> definedIn = new HashMap<>();
        List<URL> kept = new ArrayList<>();
        for (ShippedFile file : files) {
            String duplicate = null;
            List<String> modules = modules(file);
            for (String module : modules) {
                ShippedFile first = definedIn.get(module);
                if (first != null) {
                    duplicate = "module " + module + " is already defined in " + first.name()
                            + "; this file is skipped";
                }
            }
            if (duplicate != null) {
                problems.add(new MibProblem(file.name(), 1, "ERROR", duplicate));
                continue;
            }
            modules.forEach(module -> definedIn.put(module, file));
            kept.add(file.url());
        }
        return kept;
    }

    private static List<String> modules(ShippedFile file) {
        List<String> names = new ArrayList<>();
        try (InputStream in = file.open()) {
            // Latin-1 reads any byte: a Chinese comment in GBK must not stop the scan.
            Matcher matcher = DEFINITION.matcher(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        } catch (IOException e) {
            // An unreadable file is reported by the parser itself.
        }
        return names;
    }
}
