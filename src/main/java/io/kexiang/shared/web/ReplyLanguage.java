package io.kexiang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a reply: the first of the caller's {@code Accept-Language} choices, in their order of preference,
 * that Kexiang speaks (any Chinese is answered in simplified Chinese, any English in English); else the centre's
 * default. A header that names neither language gets the default, not a guess.
 */
class ReplyLanguage implements LocaleResolver {

    private final Locale defaultLocale;

    ReplyLanguage(Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return defaultLocale;
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            if (asked.getLanguage().equals("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (asked.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return defaultLocale;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The reply's language follows Accept-Language");
    }
}
