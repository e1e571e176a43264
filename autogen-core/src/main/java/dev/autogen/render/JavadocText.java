package dev.autogen.render;

/** Free text (messages, SQL) made safe to sit inside a Java comment. */
final class JavadocText {
    private JavadocText() {
    }

    /**
     * A comment ends at the first {@code *}{@code /}, and the compiler reads unicode escapes even in
     * comments (a stray backslash-u fails to compile), so both are written as HTML entities, which
     * Javadoc shows as the original characters. A line starting with {@code @} would become a tag.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String safe = line.replace("\\", "&#92;").replace("*/", "*&#47;");
            out.append(safe.stripLeading().startsWith("@") ? safe.replaceFirst("@", "&#64;") : safe);
        }
        return out.toString();
    }

    /** For a {@code //} comment: one line, with the same escapes. */
    static String oneLine(String text) {
        return escape(text.replaceAll("\\s*\\R\\s*", " "));
    }
}
