package io.kexiang.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;

/**
 * Something Kexiang says to a person, kept as a catalogue code and its arguments until the reply's language is
 * known: {@code messages.properties} (English) and {@code messages_zh_CN.properties} hold one sentence per code.
 * An argument may itself be a {@code Text} (a thing's name, say), and is put in the same language.
 */
public final class Text implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;
    private final String localized;

    private Text(String code, Object[] arguments, String localized) {
        this.code = code;
        this.arguments = arguments;
        this.localized = localized;
    }

    /** Numbers are ids, counts and limits here: written plainly ("1024"), never grouped ("1,024"). */
    public static Text of(String code, Object... arguments) {
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number number) {
                plain[i] = String.valueOf(number);
            }
        }
        return new Text(code, plain, null);
    }

    /** "must be one of a, b, c". */
    public static Text oneOf(Collection<?> allowed) {
        return of("problem.oneOf", allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /** "no such circuit": {@code kind} names the thing in the catalogue ({@code thing.<kind>}). */
    public static Text noSuch(String kind) {
        return of("problem.noSuch", of("thing." + kind));
    }

    /**
     * A sentence already in the reply's language: Bean Validation puts its messages in the request's language as it
     * validates, so they are taken as they are.
     */
    public static Text localized(String sentence) {
        return new Text(null, new Object[0], sentence);
    }

    public String code() {
        return code;
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return localized;
    }

    /** For logs and exception messages, which are read by Kexiang's operators rather than answered. */
    @Override
    public String toString() {
        return localized != null ? localized : code + (arguments.length == 0 ? "" : Arrays.toString(arguments));
    }
}
