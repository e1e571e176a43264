package dev.autogen.schema;

import java.util.List;

/** A named index; {@code unique} makes it a unique index (not a unique constraint). */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        Names.require(name, "index name");
        columns = Names.requireColumns(columns, "index " + name);
    }
}
