package dev.autogen.migration;

import dev.autogen.schema.Column;

/** One aspect of {@link Operations#alterColumn}; built with {@link Alter}. */
public interface ColumnChange {
    Column applyTo(Column column);
}
