package dev.autogen.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rows of a bulk insert as Java: {@code Map.of("id", 1, "name", "x")}, values keeping their Java type. */
final class ValueRenderer {
    private static final ClassName MAP = ClassName.get(Map.class);
    /** Map.of has overloads up to ten entries; longer rows use Map.ofEntries. */
    private static final int MAP_OF_LIMIT = 10;
    private static final Set<Class<?>> PARSED = Set.of(LocalDate.class, LocalDateTime.class, LocalTime.class,
            OffsetDateTime.class, Instant.class);

    private ValueRenderer() {
    }

    static CodeBlock row(Map<String, Object> row) {
        List<CodeBlock> entries = new ArrayList<>();
        boolean small = row.size() <= MAP_OF_LIMIT;
        for (Map.Entry<String, Object> e : row.entrySet()) {
            CodeBlock value = value(e.getKey(), e.getValue());
            // A line may break between entries, never inside one, so that each key stays beside its value.
            entries.add(small ? CodeBlock.of("$L, $L", JavaString.of(e.getKey()), value)
                    : CodeBlock.of("$T.entry($L, $L)", MAP, JavaString.of(e.getKey()), value));
        }
        return CodeBlock.of(small ? "$T.of($L)" : "$T.ofEntries($L)", MAP, CodeBlock.join(entries, ",$W"));
    }

    static CodeBlock value(String column, Object value) {
        if (value == null) {
            // Map.of rejects null; no generated insert needs one, so refuse rather than drop it silently.
            throw new IllegalArgumentException("cannot render a null value for column " + column
                    + " in a bulk insert");
        }
        if (value instanceof String s) {
            return JavaString.of(s);
        } else if (value instanceof Character c) {
            return CodeBlock.of("'$L'", escapeChar(c));
        } else if (value instanceof Integer || value instanceof Boolean) {
            return CodeBlock.of("$L", value);
        } else if (value instanceof Long) {
            return CodeBlock.of("$LL", value);
        } else if (value instanceof Short || value instanceof Byte) {
            return CodeBlock.of("($L) $L", value instanceof Short ? "short" : "byte", value);
        } else if (value instanceof Double d && Double.isFinite(d)) {
            return CodeBlock.of("$L", d);
        } else if (value instanceof Float f && Float.isFinite(f)) {
            return CodeBlock.of("$Lf", f);
        } else if (value instanceof BigDecimal || PARSED.contains(value.getClass())) {
            String parse = value instanceof BigDecimal ? "new $T($S)" : "$T.parse($S)";
            return CodeBlock.of(parse, value.getClass(), value.toString());
        }
        throw new IllegalArgumentException("cannot render a value of type " + value.getClass().getName()
                + " for column " + column + " in a bulk insert");
    }

    private static String escapeChar(char c) {
        if (c == '\'' || c == '\\') {
            return "\\" + c;
        }
        if (JavaString.isSeparator(c)) {
            // A unicode escape stays a character here: javac ends lines at CR and LF only.
            return String.format("\\u%04x", (int) c);
        }
        if (c < 0x20 || c == 0x7f) {
            // An octal escape: a \\u escape would be turned into the raw character before parsing.
            return String.format("\\%o", (int) c);
        }
        return String.valueOf(c);
    }
}
