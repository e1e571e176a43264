package dev.autogen.revision;

import dev.autogen.migration.ColumnChange;
import dev.autogen.migration.ColumnDefinition;
import dev.autogen.migration.DataCallback;
import dev.autogen.migration.IndexCall;
import dev.autogen.migration.Operations;
import dev.autogen.migration.TableElement;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The calls a migration makes, written down one canonical line each, without any schema: what a
 * revision does, independent of how its source is formatted and of the compiler that built it.
 * Nothing is checked, so a migration's calls can be written down anywhere, even for a revision
 * whose tables are long gone.
 */
final class CallTranscript implements Operations {
    /**
     * An {@code alterColumn} change is a function of the column; applied to two columns that differ
     * in every aspect, it shows which aspects it sets and to what.
     */
    private static final Column BLANK = Column.builder("c", new ColumnType.Native("\u0000a")).build();
    private static final Column FULL = Column.builder("c", new ColumnType.Native("\u0000b")).nullable(false)
            .defaultValue("\u0000b").comment("\u0000b").identity(true).build();

    private final List<String> lines = new ArrayList<>();

    List<String> lines() {
        return List.copyOf(lines);
    }

    private void call(String method, Object... arguments) {
        StringBuilder line = new StringBuilder(method).append('(');
        String separator = "";
        for (Object argument : arguments) {
            line.append(separator);
            CanonicalText.append(line, argument);
            separator = ", ";
        }
        lines.add(line.append(')').toString());
    }

    @Override
    public void createTable(String name, TableElement... elements) {
        Table.Builder table = Table.builder(name);
        for (TableElement element : elements) {
            element.addTo(table);
        }
        call("createTable", table.build());
    }

    @Override
    public void dropTable(String name) {
        call("dropTable", name);
    }

    @Override
    public void renameTable(String from, String to) {
        call("renameTable", from, to);
    }

    @Override
    public void addColumn(String table, ColumnDefinition column) {
        call("addColumn", table, column.toColumn());
    }

    @Override
    public void dropColumn(String table, String column) {
        call("dropColumn", table, column);
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange... changes) {
        Column blank = BLANK;
        Column full = FULL;
        for (ColumnChange change : changes) {
            blank = change.applyTo(blank);
            full = change.applyTo(full);
        }
        call("alterColumn", table, column, blank, full);
    }

    @Override
    public void renameColumn(String table, String from, String to) {
        call("renameColumn", table, from, to);
    }

    @Override
    public IndexCall createIndex(String name, String table, String... columns) {
        call("createIndex", name, table, List.of(columns));
        return concurrently();
    }

    @Override
    public IndexCall createUniqueIndex(String name, String table, String... columns) {
        call("createUniqueIndex", name, table, List.of(columns));
        return concurrently();
    }

    @Override
    public IndexCall dropIndex(String name, String table) {
        call("dropIndex", name, table);
        return concurrently();
    }

    /** {@code .concurrently()} is part of the call: it changes the line just written down. */
    private IndexCall concurrently() {
        int at = lines.size() - 1;
        return () -> lines.set(at, lines.get(at) + ".concurrently()");
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        call("createUniqueConstraint", name, table, List.of(columns));
    }

    @Override
    public void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        createForeignKey(name, table, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION);
    }

    @Override
    public void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns, ReferentialAction onDelete) {
        call("createForeignKey", name, table, columns, referencedTable, referencedColumns, onDelete);
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        call("createCheckConstraint", name, table, condition);
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        call("createPrimaryKey", name, table, List.of(columns));
    }

    @Override
    public void dropConstraint(String name, String table) {
        call("dropConstraint", name, table);
    }

    @Override
    public void createSequence(String name, long start, long increment) {
        call("createSequence", name, start, increment);
    }

    @Override
    public void createSchema(String name) {
        call("createSchema", name);
    }

    @Override
    public void dropSchema(String name) {
        call("dropSchema", name);
    }

    @Override
    public void dropSequence(String name) {
        call("dropSequence", name);
    }

    @Override
    public void alterSequence(String name, long start, long increment) {
        call("alterSequence", name, start, increment);
    }

    @Override
    public void createTableComment(String table, String comment) {
        call("createTableComment", table, comment);
    }

    @Override
    public void dropTableComment(String table) {
        call("dropTableComment", table);
    }

    @Override
    public void execute(String sql) {
        call("execute", sql);
    }

    @Override
    public void execute(String sql, Object... params) {
        call("execute", sql, Arrays.asList(params));
    }

    /** The code cannot be written down: the checksum covers that a callback runs here, not what it does. */
    @Override
    public void run(DataCallback callback) {
        call("run", "<Java callback>");
    }

    @Override
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        call("bulkInsert", table, rows);
    }
}
