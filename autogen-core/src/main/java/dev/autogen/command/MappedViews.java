package dev.autogen.command;

import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Entities mapped onto a view the database already has ({@code @Immutable} over
 * {@code CREATE VIEW book_summary ...}). Hibernate's model holds them as tables, but the view is
 * the database's: autogen never creates or drops it, and says so once instead of reporting an
 * added table whose creation would fail with "already exists".
 */
final class MappedViews {
    private MappedViews() {
    }

    /** {@code entities} without the tables that are views in the database, each named to {@code note}. */
    static Schema leaveOut(Schema entities, Set<String> views, Consumer<String> note) {
        List<String> mapped = entities.tables().stream().map(Table::name)
                .filter(name -> views.stream().anyMatch(view -> view.equalsIgnoreCase(name))).toList();
        mapped.forEach(name -> note.accept("entity table " + name + " is mapped to a view, not managed"));
        return mapped.isEmpty() ? entities : entities.filterTables(name -> !mapped.contains(name));
    }
}
