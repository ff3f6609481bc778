package io.kexiang.console.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An alarm's or a ticket's journal entry in the page's language: "处理中 → 挂起；原因：等待客户开门" where the store
 * keeps {@code status} and {@code {"from":"inProgress","to":"held","reason":"…"}}. The API keeps the codes and the
 * JSON; the console is read by people. A code or field without words of its own is shown as it is, so nothing of
 * an entry is ever hidden. {@code journalWords} in the templates.
 */
@Component("journalWords")
public class JournalWords {

    /** Where a value's words are looked up, by the field it is in; the first that has them wins. */
    private static final Map<String, List<String>> VALUE_WORDS = Map.of(
            "from", List.of("ticket.status.", "severity."),
            "to", List.of("ticket.status.", "severity."),
            "satisfaction", List.of("console.tickets.satisfaction."),
            "origin", List.of("journal.origin."));

    private final MessageSource messages;
    private final ConsoleTimes times;
    private final ObjectMapper json;

    JournalWords(MessageSource messages, ConsoleTimes times, ObjectMapper json) {
        this.messages = messages;
        this.times = times;
        this.json = json;
    }

    /** Who did it: a person's id as it is, Kexiang's own pipeline ({@code kexiang}) as 系统. */
    public String actor(String who) {
        return "kexiang".equals(who) ? words("journal.actor.kexiang", who) : who == null ? "" : who;
    }

    /** What was done: {@code raised} → 产生. */
    public String action(String code) {
        return code == null ? "" : words("journal.action." + code, code);
    }

    /**
     * The entry's detail as the store keeps it (JSON text, a JSON tree or a map): a change's two ends as
     * "before → after", then each other field as "label：value".
     */
    public String detail(Object detail) {
        Map<String, Object> fields = fields(detail);
        List<String> parts = new ArrayList<>();
        if (fields.containsKey("from") || fields.containsKey("to")) {
            parts.add(value("from", fields.remove("from")) + " → " + value("to", fields.remove("to")));
        }
        fields.forEach((field, value) -> {
            if (value != null && !(value instanceof Collection<?> many && many.isEmpty())) {
                // A field may hold a count or the things themselves (an alarm's circuits: 1; a ticket's: their ids).
                String label = value instanceof Collection<?> ? words("journal.field." + field + ".list",
                        words("journal.field." + field, field)) : words("journal.field." + field, field);
                parts.add(label + words("journal.is", "：") + value(field, value));
            }
        });
        return String.join(words("journal.and", "；"), parts);
    }

    private Map<String, Object> fields(Object detail) {
        if (detail == null) {
            return new LinkedHashMap<>();
        }
        if (detail instanceof CharSequence text) {
            try {
                return json.readValue(text.toString(), new TypeReference<LinkedHashMap<String, Object>>() { });
            } catch (Exception notAnObject) {
                return new LinkedHashMap<>(Map.of("detail", text.toString()));
            }
        }
        try {
            return json.convertValue(detail, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IllegalArgumentException notAnObject) {
            return new LinkedHashMap<>(Map.of("detail", String.valueOf(detail)));
        }
    }

    private String value(String field, Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Collection<?> many) {
            return String.join("、", many.stream().map(one -> value(field, one)).toList());
        }
        if (value instanceof Boolean yes) {
            return words(yes ? "journal.yes" : "journal.no", value.toString());
        }
        String text = value.toString();
        for (String prefix : VALUE_WORDS.getOrDefault(field, List.of())) {
            String said = messages.getMessage(prefix + text, null, null, locale());
            if (said != null) {
                return said;
            }
        }
        Instant at = instant(text);
        return at != null ? times.full(at) : text;
    }

    /** The instant an ISO-8601 UTC text names, or null: the cheap look first, as most values are not one. */
    private static Instant instant(String text) {
        if (text.length() < 20 || text.charAt(4) != '-' || text.charAt(10) != 'T' || !text.endsWith("Z")) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notOne) {
            return null;
        }
    }

    private String words(String code, String otherwise) {
        return messages.getMessage(code, null, otherwise, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
