package dev.autogen.migration;

import dev.autogen.schema.Table;

/** A part of {@link Operations#createTable}: a column, a key, a check or an index. */
public interface TableElement {
    void addTo(Table.Builder table);
}
