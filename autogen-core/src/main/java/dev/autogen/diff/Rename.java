package dev.autogen.diff;

import dev.autogen.AutogenException;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.ops.SchemaEvolution;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * A rename the user declares ({@code revision --rename users.name=full_name} or
 * {@code --rename users=people}), which the diff cannot tell from a drop plus an add. The database
 * is compared as if the rename had run, so the revision renames (keeping every row) and then
 * changes only what still differs.
 */
public sealed interface Rename permits Rename.OfTable, Rename.OfColumn {

    /** The op the revision runs first. */
    Op op();

    /** The text the user wrote, for messages. */
    String spec();

    /**
     * The database as it will be once the rename ran. Refuses a rename that is not a drop plus an
     * add between {@code actual} and {@code target}: the old name must be there and go, the new one
     * must come and not be there.
     */
    Schema applyTo(Schema actual, Schema target);

    /** {@code table.old=new} renames a column, {@code old=new} a table. */
    static Rename parse(String spec) {
        int equals = spec.indexOf('=');
        String left = equals < 0 ? "" : spec.substring(0, equals).strip();
        String right = equals < 0 ? "" : spec.substring(equals + 1).strip();
        int dot = left.lastIndexOf('.');
        if (left.isEmpty() || right.isEmpty() || right.contains("=") || right.contains(".") || dot == 0
                || dot == left.length() - 1) {
            throw new AutogenException("--rename '" + spec + "' is not TABLE.OLD=NEW (a column) or OLD=NEW (a table)");
        }
        return dot < 0 ? new OfTable(left, right) : new OfColumn(left.substring(0, dot), left.substring(dot + 1), right);
    }

    /** A table that keeps its rows under a new name. */
    record OfTable(String from, String to) implements Rename {
        public OfTable {
            Objects.requireNonNull(from, "from == null");
            Objects.requireNonNull(to, "to == null");
        }

        @Override
        public Op op() {
            return new RenameTable(from, to);
        }

        @Override
        public String spec() {
            return from + "=" + to;
        }

        @Override
        public Schema applyTo(Schema actual, Schema target) {
            require(actual.table(from).isPresent(), "the database has no table " + from);
            require(target.table(from).isEmpty(), "the entities still map a table " + from);
            require(target.table(to).isPresent(), "the entities map no table " + to);
            require(actual.table(to).isEmpty(), "the database already has a table " + to);
            return SchemaEvolution.apply(actual, op());
        }

        private void require(boolean holds, String otherwise) {
            if (!holds) {
                throw new AutogenException("--rename " + spec() + ": " + otherwise);
            }
        }
    }

    /** A column that keeps its values under a new name. */
    record OfColumn(String table, String from, String to) implements Rename {
        public OfColumn {
            Objects.requireNonNull(table, "table == null");
            Objects.requireNonNull(from, "from == null");
            Objects.requireNonNull(to, "to == null");
        }

        @Override
        public Op op() {
            return new RenameColumn(table, from, to);
        }

        @Override
        public String spec() {
            return table + "." + from + "=" + to;
        }

        @Override
        public Schema applyTo(Schema actual, Schema target) {
            Optional<Table> before = actual.table(table);
            Optional<Table> after = target.table(table);
            require(before.isPresent(), "the database has no table " + table);
            require(after.isPresent(), "the entities map no table " + table);
            require(before.get().column(from).isPresent(), "the database has no column " + table + "." + from);
            require(after.get().column(from).isEmpty(), "the entities still map a column " + table + "." + from);
            require(after.get().column(to).isPresent(), "the entities map no column " + table + "." + to);
            require(before.get().column(to).isEmpty(), "the database already has a column " + table + "." + to);
            return SchemaEvolution.apply(actual, op());
        }

        private void require(boolean holds, String otherwise) {
            if (!holds) {
                throw new AutogenException("--rename " + spec() + ": " + otherwise);
            }
        }
    }
}
