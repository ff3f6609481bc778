package io.kexiang.shared.csv;

import io.kexiang.shared.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One data row of an uploaded file; blank cells read as {@code null}. The typed readers record a problem on the
 * row's column instead of throwing, so that every bad cell of a file is reported at once.
 */
public record CsvRow(int line, Map<String, String> values) {

    public String text(String column) {
        return values.get(column);
    }

    public Integer integer(String column, DraftProblems problems, int index) {
        return number(column, Integer::valueOf, problems, index);
    }

    public Long longValue(String column, DraftProblems problems, int index) {
        return number(column, Long::valueOf, problems, index);
    }

    private <N> N number(String column, Function<String, N> parse, DraftProblems problems, int index) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            problems.add(index, column, value, Text.of("problem.wholeNumber"));
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type, DraftProblems problems, int index) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(index, column, value, Text.of("problem.oneOf", Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** A list cell such as {@code 10.0.0.1;10.0.0.2}. */
    public List<String> list(String column) {
        String value = text(column);
        List<String> items = new ArrayList<>();
        if (value != null) {
            for (String item : value.split("[;；]")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }
}
