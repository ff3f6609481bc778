package io.kexiang.shared.csv;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file with a header row: RFC 4180 quoting, columns in any order, a UTF-8 byte-order mark
 * (Excel writes one) ignored. Unknown and missing columns are refused before any row is read, because a
 * misspelt column would otherwise drop its data silently.
 */
public record CsvTable(List<CsvRow> rows) {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    public static CsvTable read(byte[] body, Charset charset, Set<String> required, Set<String> optional) {
        return read(body, charset, required, optional, false);
    }

    /** As above; {@code ignoreUnknown} suits exports from other systems, which carry many columns we do not read. */
    public static CsvTable read(byte[] body, Charset charset, Set<String> required, Set<String> optional,
            boolean ignoreUnknown) {
        String text = new String(body, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            checkHeader(parser.getHeaderNames(), required, ignoreUnknown ? null : optional);
            List<CsvRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(row(parser.getHeaderNames(), record));
            }
            return new CsvTable(rows);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(e.getMessage());
        }
    }

    private static CsvRow row(List<String> header, CSVRecord record) {
        int line = Math.toIntExact(record.getRecordNumber() + 1);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String value = i < record.size() ? record.get(i) : "";
            values.put(header.get(i).trim().toLowerCase(Locale.ROOT), value.isBlank() ? null : value.trim());
        }
        return new CsvRow(line, values);
    }

    private static void checkHeader(List<String> header, Set<String> required, Set<String> optional) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> names = header.stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
        for (String column : required) {
            if (!names.contains(column)) {
                problems.add(new FieldProblem(1, column, null, Text.of("import.columnMissing")));
            }
        }
        for (String column : optional == null ? List.<String>of() : names) {
            if (!required.contains(column) && !optional.contains(column)) {
                problems.add(new FieldProblem(1, column, column, Text.of("import.columnUnknown")));
            }
        }
        if (!problems.isEmpty()) {
            String expected = String.join(", ", required);
            throw new InvalidInputException(422, optional == null || optional.isEmpty()
                    ? Text.of("import.header", expected)
                    : Text.of("import.headerOptional", expected, String.join(", ", optional)), problems);
        }
    }

    /** Where the parser stopped, not its own (English) words. */
    private static InvalidInputException unreadable(String parserMessage) {
        Matcher line = LINE.matcher(parserMessage == null ? "" : parserMessage);
        Text reason = line.find() ? Text.of("import.unreadableAt", Integer.parseInt(line.group(1)))
                : Text.of("import.unreadable");
        return new InvalidInputException(422, reason, List.of(new FieldProblem(null, null, null, reason)));
    }
}
