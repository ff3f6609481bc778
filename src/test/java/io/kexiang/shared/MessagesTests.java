package io.kexiang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.inventory.CircuitType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two catalogues say the same things, each in one language, and every code the sources use is in both: a code
 * missing from one would answer that language's callers with a 500 or a sentence in the other language.
 */
class MessagesTests {

    /** Han characters, or Chinese punctuation alone (a separator such as "；" is Chinese too). */
    private static final Pattern CJK = Pattern.compile(
            "[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]");
    /** A name said alike in both languages (DDN, MPLS-VPN): the Chinese catalogue may repeat the English. */
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9-]+");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final List<Pattern> CODES_IN_SOURCES = List.of(
            Pattern.compile("Text\\.of\\(\"([^\"]+[^.\"])\""),
            Pattern.compile("\"(problem\\.title\\.\\w+)\""),
            Pattern.compile("message = \"\\{([^}]+)}\""));
    private static final List<Pattern> THINGS_IN_SOURCES = List.of(
            Pattern.compile("Text\\.noSuch\\(\"(\\w+)\""),
            Pattern.compile("NotFoundException\\(\"(\\w+)\""),
            // The TMF642 task resources, named by their path when one is not found.
            Pattern.compile("\\w+\\(\"(\\w+Alarms)\""));

    private final Properties english = load("messages.properties");
    private final Properties chinese = load("messages_zh_CN.properties");

    @Test
    void bothCataloguesHaveTheSameCodes() {
        assertThat(new TreeSet<>(chinese.stringPropertyNames())).isEqualTo(
                new TreeSet<>(english.stringPropertyNames()));
    }

    /** A code written twice is silently the later text; whoever edits the first one sees no change. */
    @Test
    void noCodeIsWrittenTwice() throws IOException {
        for (String catalogue : List.of("messages.properties", "messages_zh_CN.properties")) {
            List<String> codes = new ArrayList<>();
            try (InputStream in = MessagesTests.class.getResourceAsStream("/" + catalogue)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).trim()).forEach(codes::add);
            }
            assertThat(codes).as(catalogue).doesNotHaveDuplicates();
        }
    }

    @Test
    void eachCatalogueSpeaksItsOwnLanguage() {
        english.forEach((code, text) -> assertThat(CJK.matcher((String) text).find()).as("%s=%s", code, text)
                .isFalse());
        chinese.forEach((code, text) -> assertThat(CJK.matcher((String) text).find()
                || NAME.matcher((String) text).matches() && text.equals(english.get(code))).as("%s=%s", code, text)
                .isTrue());
    }

    /** A circuit's type is shown in words wherever it appears (a page looks the words up by the enum's name). */
    @Test
    void everyCircuitTypeHasWords() {
        for (CircuitType type : CircuitType.values()) {
            assertThat(chinese).containsKey("circuit.type." + type.name());
        }
        assertThat(chinese.getProperty("circuit.type.FR")).isEqualTo("帧中继");
    }

    /** A lone apostrophe in a pattern with arguments would quote the rest of the sentence, arguments included. */
    @Test
    void everyPatternWithArgumentsFormats() {
        for (Properties catalogue : List.of(english, chinese)) {
            catalogue.forEach((code, text) -> {
                if (ARGUMENT.matcher((String) text).find()) {
                    String said = new MessageFormat((String) text, Locale.ROOT).format(new Object[] {"a", "b", "c",
                        "d", "e", "f", "g", "h", "i", "j"});
                    assertThat(said).as("%s=%s", code, text).doesNotContain("{", "}").doesNotContain("''");
                }
            });
        }
    }

    @Test
    void everyCodeTheSourcesUseIsInTheCatalogue() throws IOException {
        Set<String> used = new TreeSet<>();
        List<String> sources = sources();
        for (String source : sources) {
            CODES_IN_SOURCES.forEach(pattern -> find(pattern, source, "", used));
            THINGS_IN_SOURCES.forEach(pattern -> find(pattern, source, "thing.", used));
            if (source.contains("implements CsvImportKind<")) {
                find(Pattern.compile("String name\\(\\) \\{\\s*return \"([^\"]+)\""), source, "import.kind.", used);
            }
            find(Pattern.compile("new RefusedException\\((\\d{3})"), source, "problem.title.", used);
        }

        assertThat(used).as("codes found in the sources").hasSizeGreaterThan(150);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                find(Pattern.compile("#\\{([\\w.]+)[}(]"), Files.readString(page), "", used);
            }
        }
        assertThat(used).as("a console page's text").contains("console.board.urgent");
        assertThat(used).allSatisfy(code -> assertThat(english).as(code).containsKey(code));
    }

    private static void find(Pattern pattern, String source, String prefix, Set<String> into) {
        Matcher found = pattern.matcher(source);
        while (found.find()) {
            into.add(prefix + found.group(1));
        }
    }

    private static List<String> sources() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                texts.add(Files.readString(file));
            }
        }
        return texts;
    }

    private static Properties load(String name) {
        Properties catalogue = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
            catalogue.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return catalogue;
    }
}
