package dev.autogen.runtime;

import dev.autogen.migration.ColumnChange;
import dev.autogen.migration.ColumnDefinition;
import dev.autogen.migration.Operations;
import dev.autogen.migration.TableElement;
import dev.autogen.ops.Op;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import java.util.List;
import java.util.Map;

/** STUB, replaced by the render work's implementation on merge. */
public final class RecordingOperations implements Operations {
    public RecordingOperations(Schema state) {
    }

    public List<Op> ops() {
        throw new UnsupportedOperationException();
    }

    public Schema state() {
        throw new UnsupportedOperationException();
    }

    @Override public void createTable(String name, TableElement... elements) { }
    @Override public void dropTable(String name) { }
    @Override public void renameTable(String from, String to) { }
    @Override public void addColumn(String table, ColumnDefinition column) { }
    @Override public void dropColumn(String table, String column) { }
    @Override public void alterColumn(String table, String column, ColumnChange... changes) { }
    @Override public void renameColumn(String table, String from, String to) { }
    @Override public void createIndex(String name, String table, String... columns) { }
    @Override public void createUniqueIndex(String name, String table, String... columns) { }
    @Override public void dropIndex(String name, String table) { }
    @Override public void createUniqueConstraint(String name, String table, String... columns) { }
    @Override public void createForeignKey(String name, String table, List<String> columns, String referencedTable, List<String> referencedColumns) { }
    @Override public void createForeignKey(String name, String table, List<String> columns, String referencedTable, List<String> referencedColumns, ReferentialAction onDelete) { }
    @Override public void createCheckConstraint(String name, String table, String condition) { }
    @Override public void createPrimaryKey(String name, String table, String... columns) { }
    @Override public void dropConstraint(String name, String table) { }
    @Override public void createSequence(String name, long start, long increment) { }
    @Override public void dropSequence(String name) { }
    @Override public void execute(String sql) { }
    @Override public void bulkInsert(String table, List<Map<String, Object>> rows) { }
}
