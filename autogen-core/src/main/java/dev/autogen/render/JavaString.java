package dev.autogen.render;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A string literal for text that came from a user (a name, a message, SQL). JavaPoet's {@code $S}
 * leaves the line and paragraph separators (U+2028, U+2029) raw and then breaks the line there,
 * which ends the literal and the file no longer compiles; here they become unicode escapes,
 * which javac reads back as the same character inside the literal.
 */
final class JavaString {
    private JavaString() {
    }

    static CodeBlock of(String text) {
        List<CodeBlock> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                parts.add(CodeBlock.of("$S", text.substring(start, i)));
                parts.add(CodeBlock.of("$L", escape(c)));
                start = i + 1;
            }
        }
        parts.add(CodeBlock.of("$S", text.substring(start)));
        return CodeBlock.join(parts, " + ");
    }

    static boolean isSeparator(char c) {
        return c == '\u2028' || c == '\u2029';
    }

    /** The separator as the six characters of its unicode escape, quoted. */
    private static String escape(char c) {
        return String.format("\"\\u%04x\"", (int) c);
    }
}
