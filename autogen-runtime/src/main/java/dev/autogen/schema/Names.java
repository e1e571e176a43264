package dev.autogen.schema;

import java.util.List;
import java.util.Objects;

/** Validation shared by the schema records. */
final class Names {
    private Names() {
    }

    static String require(String name, String what) {
        Objects.requireNonNull(name, what + " == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return name;
    }

    static List<String> requireColumns(List<String> columns, String what) {
        Objects.requireNonNull(columns, what + " == null");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(what + " has no columns");
        }
        columns.forEach(c -> require(c, "column name in " + what));
        return List.copyOf(columns);
    }
}
