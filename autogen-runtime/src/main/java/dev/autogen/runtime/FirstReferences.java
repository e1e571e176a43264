package dev.autogen.runtime;

import dev.autogen.migration.ColumnChange;
import dev.autogen.migration.ColumnDefinition;
import dev.autogen.migration.DataCallback;
import dev.autogen.migration.IndexCall;
import dev.autogen.migration.Operations;
import dev.autogen.migration.TableElement;
import dev.autogen.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a history does first to each object it names: creates it, or uses it (drops, alters, adds
 * to it). An object a history uses before creating it was there before the first revision; one it
 * creates first was not, whatever a database or a faulty downgrade says. Runs migrations as
 * {@link Operations} that only note names, so nothing needs to exist for the calls to go through.
 */
final class FirstReferences implements Operations {
    /** What a history did to an object first. */
    enum First { CREATED, USED }

    private static final String PRIMARY_KEY = "\u0000primary key";

    private final Map<List<String>, First> first = new HashMap<>();
    private final UnaryOperator<String> stored;

    private FirstReferences(UnaryOperator<String> stored) {
        this.stored = stored;
    }

    /**
     * The first reference of every object the upgrades of {@code steps} name, in order, each name
     * as the database stores it ({@code stored}: PostgreSQL cuts a long one), as the model holds it.
     */
    static FirstReferences of(List<MigrationStep> steps, UnaryOperator<String> stored) {
        FirstReferences references = new FirstReferences(stored);
        for (MigrationStep step : steps) {
            try {
                step.revision().migration().upgrade(references);
            } catch (RuntimeException e) {
                // A migration that fails on names alone names nothing more; the replay reports it.
            }
        }
        return references;
    }

    boolean referencesTable(String table) {
        return first.containsKey(List.of("table", table));
    }

    boolean referencesSequence(String sequence) {
        return first.containsKey(List.of("sequence", sequence));
    }

    boolean createdTable(String table) {
        return created("table", table);
    }

    boolean createdColumn(String table, String column) {
        return created("column", table, column);
    }

    boolean createdIndex(String table, String index) {
        return created("index", table, index);
    }

    boolean createdConstraint(String table, String name) {
        return created("constraint", table, name);
    }

    boolean createdPrimaryKey(String table) {
        return created("constraint", table, PRIMARY_KEY);
    }

    boolean createdSequence(String sequence) {
        return created("sequence", sequence);
    }

    private boolean created(String... key) {
        return first.get(List.of(key)) == First.CREATED;
    }

    private void create(String... key) {
        first.putIfAbsent(stored(key), First.CREATED);
    }

    private void use(String... key) {
        first.putIfAbsent(stored(key), First.USED);
    }

    /** The kind, then each name as stored (the primary key's marker as it is). */
    private List<String> stored(String... key) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < key.length; i++) {
            names.add(i == 0 || key[i].equals(PRIMARY_KEY) ? key[i] : stored.apply(key[i]));
        }
        return names;
    }

    private void useColumns(String table, List<String> columns) {
        use("table", table);
        columns.forEach(c -> use("column", table, c));
    }

    @Override
    public void createTable(String name, TableElement... elements) {
        create("table", name);
    }

    @Override
    public void dropTable(String name) {
        use("table", name);
    }

    @Override
    public void renameTable(String from, String to) {
        use("table", from);
        create("table", to);
    }

    @Override
    public void addColumn(String table, ColumnDefinition column) {
        use("table", table);
        create("column", table, column.toColumn().name());
    }

    @Override
    public void dropColumn(String table, String column) {
        useColumns(table, List.of(column));
    }

    @Override
    public void alterColumn(String table, String column, ColumnChange... changes) {
        useColumns(table, List.of(column));
    }

    @Override
    public void renameColumn(String table, String from, String to) {
        useColumns(table, List.of(from));
        create("column", table, to);
    }

    @Override
    public IndexCall createIndex(String name, String table, String... columns) {
        useColumns(table, List.of(columns));
        create("index", table, name);
        return () -> { };
    }

    @Override
    public IndexCall createUniqueIndex(String name, String table, String... columns) {
        return createIndex(name, table, columns);
    }

    @Override
    public IndexCall dropIndex(String name, String table) {
        use("table", table);
        use("index", table, name);
        return () -> { };
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        useColumns(table, List.of(columns));
        create("constraint", table, name);
    }

    @Override
    public void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        useColumns(table, columns);
        create("constraint", table, name);
    }

    @Override
    public void createForeignKey(String name, String table, List<String> columns, String referencedTable,
            List<String> referencedColumns, ReferentialAction onDelete) {
        createForeignKey(name, table, columns, referencedTable, referencedColumns);
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        use("table", table);
        create("constraint", table, name);
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        useColumns(table, List.of(columns));
        create("constraint", table, name);
        create("constraint", table, PRIMARY_KEY);
    }

    @Override
    public void dropConstraint(String name, String table) {
        use("table", table);
        use("constraint", table, name);
    }

    @Override
    public void createSequence(String name, long start, long increment) {
        create("sequence", name);
    }

    /** A schema is not an object of the model: tables carry it in their names. */
    @Override
    public void createSchema(String name) {
    }

    @Override
    public void dropSchema(String name) {
    }

    @Override
    public void dropSequence(String name) {
        use("sequence", name);
    }

    @Override
    public void alterSequence(String name, long start, long increment) {
        use("sequence", name);
    }

    @Override
    public void createTableComment(String table, String comment) {
        use("table", table);
    }

    @Override
    public void dropTableComment(String table) {
        use("table", table);
    }

    /** Raw SQL names nothing the model can follow. */
    @Override
    public void execute(String sql) {
    }

    @Override
    public void execute(String sql, Object... params) {
    }

    @Override
    public void run(DataCallback callback) {
    }

    @Override
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        use("table", table);
    }
}
