package io.kexiang.console.alarms;

import io.kexiang.alarm.BoardRow;
import io.kexiang.console.web.ConsoleTimes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A board row's HTML, rendered once per row state and language: the board's page and every open board's pushes
 * show the same rows again and again, and rendering them was most of a page's time. The key is the row itself
 * (every field it shows) but its count, so a row that changed in any other way is rendered afresh; nothing depends
 * on who looks.
 */
@Component
class RowHtml {

    /** Rows kept: fifty boards of a hundred rows each, in both languages, and room to spare. */
    private static final int CAPACITY = 12_000;

    private record Key(BoardRow row, Locale locale) {
    }

    /** A count no alarm has: the kept HTML's count cell says it, and the row's own count replaces it. */
    private static final int COUNT_MARK = Integer.MIN_VALUE;
    private static final String COUNT_CELL_OPEN = "<td class=\"num count\">";
    private static final String COUNT_CELL = COUNT_CELL_OPEN + COUNT_MARK + "</td>";

    private final TemplateEngine templates;
    private final ConsoleTimes times;
    private final Map<Key, String> rendered = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > CAPACITY;
        }
    };

    RowHtml(TemplateEngine templates, ConsoleTimes times) {
        this.templates = templates;
        this.times = times;
    }

    /** The rows' HTML in order: {@code <tr>} elements for a board's body. */
    String of(List<BoardRow> rows, Locale locale) {
        StringBuilder html = new StringBuilder(rows.size() * 1500);
        for (BoardRow row : rows) {
            html.append(of(row, locale));
        }
        return html.toString();
    }

    String of(BoardRow row, Locale locale) {
        // Kept by the row without its count: under a burst every count moves each second, and the page and the
        // boards would render every row afresh; the count is written into the kept HTML instead.
        Key key = new Key(row.withCount(0, Instant.EPOCH), locale);
        String html;
        synchronized (rendered) {
            html = rendered.get(key);
        }
        if (html == null) {
            html = render(row.withCount(COUNT_MARK, Instant.EPOCH), locale);
            if (!html.contains(COUNT_CELL)) {
                return render(row, locale); // the template no longer shows the count as this expects
            }
            synchronized (rendered) {
                rendered.put(key, html);
            }
        }
        return html.replace(COUNT_CELL, COUNT_CELL_OPEN + row.occurrences() + "</td>");
    }

    private String render(BoardRow row, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("rows", List.of(row));
        context.setVariable("times", times);
        return templates.process("alarms/rows", Set.of("rows"), context);
    }
}
