package io.kexiang.shared;

/** Form fields and query parameters left empty: a blank text is no value at all. */
public final class Blank {

    private Blank() {
    }

    /** The text trimmed, or null when it is null, empty or only white space. */
    public static String toNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
