package io.kexiang.shared;

import java.util.Locale;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link Text} into words: in the language a reply asks for, or, where no person asked (a report written
 * beside a refused file), in the centre's default language ({@code spring.web.locale}, zh-CN).
 */
@Component
public class Texts {

    private final MessageSource messages;
    private final Locale defaultLocale;

    Texts(MessageSource messages, WebProperties web) {
        this.messages = messages;
        this.defaultLocale = web.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : web.getLocale();
    }

    public String say(Text text, Locale locale) {
        return messages.getMessage(text, locale);
    }

    public String say(Text text) {
        return say(text, defaultLocale);
    }

    /**
     * A stored code (a state, a type) in words: the message {@code prefix + code}, or the code itself when it has none
     * (a value another system sent, which has no words here); null stays null.
     */
    public String sayCode(String prefix, String code, Locale locale) {
        if (code == null) {
            return null;
        }
        return messages.getMessage(prefix + code, null, code, locale);
    }

    /** A stored code in words with the code beside it (信号丢失 lossOfSignal), or the code alone when it has none. */
    public String sayWithCode(String prefix, String code, Locale locale) {
        String words = sayCode(prefix, code, locale);
        return words == null || words.equals(code) ? code : words + " " + code;
    }

    public Locale defaultLocale() {
        return defaultLocale;
    }
}
