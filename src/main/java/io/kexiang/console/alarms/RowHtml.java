package io.kexiang.console.alarms;

import io.kexiang.alarm.BoardRow;
import io.kexiang.console.web.ConsoleTimes;
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
 * (every field it shows), so a row that changed in any way is rendered afresh; nothing depends on who looks.
 */
@Component
class RowHtml {

    /** Rows kept: fifty boards of a hundred rows each, in both languages, and room to spare. */
    private static final int CAPACITY = 12_000;

    private record Key(BoardRow row, Locale locale) {
    }

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
        Key key = new Key(row, locale);
        String html;
        synchronized (rendered) {
            html = rendered.get(key);
        }
        if (html == null) {
            html = render(row, locale);
            synchronized (rendered) {
                rendered.put(key, html);
            }
        }
        return html;
    }

    private String render(BoardRow row, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("rows", List.of(row));
        context.setVariable("times", times);
        return templates.process("alarms/rows", Set.of("rows"), context);
    }
}
