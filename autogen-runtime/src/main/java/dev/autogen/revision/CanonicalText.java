package dev.autogen.revision;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One spelling for every value a migration passes to its operations: records as
 * {@code Name{component=value, ...}} in declaration order (primitive components bare), strings
 * quoted and escaped, other numbers with their type ({@code Long(5)}), maps in their own order. It is defined here rather than borrowed from
 * {@code toString()}, whose format the JDK leaves unspecified, because checksums recorded in
 * databases must not change when the JDK does.
 */
final class CanonicalText {
    private CanonicalText() {
    }

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            appendQuoted(out, s);
        } else if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                append(out, o.get());
            } else {
                out.append("empty");
            }
        } else if (value instanceof Enum<?> e) {
            out.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name());
        } else if (value instanceof Record r) {
            appendRecord(out, r);
        } else if (value instanceof Collection<?> c) {
            out.append('[');
            String separator = "";
            for (Object element : c) {
                out.append(separator);
                append(out, element);
                separator = ", ";
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : m.entrySet()) {
                out.append(separator);
                append(out, entry.getKey());
                out.append('=');
                append(out, entry.getValue());
                separator = ", ";
            }
            out.append('}');
        } else if (value instanceof byte[] bytes) {
            out.append("bytes(").append(HexFormat.of().formatHex(bytes)).append(')');
        } else if (value instanceof Number || value instanceof Boolean) {
            // The type matters to the SQL literal a value becomes: 1, 1L and 1.0 are not the same row.
            out.append(value.getClass().getSimpleName()).append('(').append(value).append(')');
        } else {
            out.append(value.getClass().getSimpleName()).append('(');
            appendQuoted(out, value.toString());
            out.append(')');
        }
    }

    /** A record component as the text needs it: found once per record class, not per value written. */
    private record Component(String name, boolean primitive, Method accessor) {
    }

    /**
     * {@link Class#getRecordComponents()} builds its answer anew by reflection on every call, and a
     * checksum is taken of every revision a run applies: the components of each record class are
     * looked up once per class instead.
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.add(new Component(c.getName(), c.getType().isPrimitive(), c.getAccessor()));
            }
            return List.copyOf(components);
        }
    };

    private static void appendRecord(StringBuilder out, Record r) {
        out.append(r.getClass().getSimpleName()).append('{');
        String separator = "";
        for (Component component : COMPONENTS.get(r.getClass())) {
            out.append(separator).append(component.name()).append('=');
            Object value = read(component, r);
            if (component.primitive()) {
                // The record fixes the type: bits=32, nullable=false.
                out.append(value);
            } else {
                append(out, value);
            }
            separator = ", ";
        }
        out.append('}');
    }

    private static Object read(Component component, Record r) {
        try {
            return component.accessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.name() + " of " + r.getClass().getName(), e);
        }
    }

    private static void appendQuoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
