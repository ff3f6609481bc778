package io.kexiang.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a reply. A console user's own choice comes first (the {@code kexiang-lang} cookie the language
 * switch sets); then the first of the caller's {@code Accept-Language} choices, in their order of preference,
 * that Kexiang speaks (any Chinese is answered in simplified Chinese, any English in English); else the centre's
 * default. A header that names neither language gets the default, not a guess.
 */
class ReplyLanguage implements LocaleResolver {

    static final String COOKIE = "kexiang-lang";

    private final Locale defaultLocale;

    ReplyLanguage(Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(COOKIE) instanceof Locale chosenNow) {
            return chosenNow;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Locale chosen = spoken(Locale.forLanguageTag(cookie.getValue()));
                    if (chosen != null) {
                        return chosen;
                    }
                }
            }
        }
        if (request.getHeader("Accept-Language") == null) {
            return defaultLocale;
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            Locale spoken = spoken(asked);
            if (spoken != null) {
                return spoken;
            }
        }
        return defaultLocale;
    }

    /** Remembers a console user's choice for a year; a language Kexiang does not speak is ignored. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale spoken = locale == null ? null : spoken(locale);
        if (spoken == null || response == null) {
            return;
        }
        // This request is answered in the new language too, before the browser sends the cookie back.
        request.setAttribute(COOKIE, spoken);
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, spoken.toLanguageTag()).path("/")
                .maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build().toString());
    }

    private static Locale spoken(Locale asked) {
        return switch (asked.getLanguage()) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }
}
