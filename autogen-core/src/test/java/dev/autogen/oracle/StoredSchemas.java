package dev.autogen.oracle;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A random model with its names as the database stores them, which is how the entity reader hands
 * a model over ({@code Dialect.storedIdentifier}): a name longer than the database keeps is cut
 * where the database cuts it, in the names of tables, columns, keys and indexes and where a check
 * condition names a column.
 */
final class StoredSchemas {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private StoredSchemas() {
    }

    static Schema of(Schema schema, Dialect dialect) {
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            tables.add(of(table, dialect));
        }
        List<Sequence> sequences = schema.sequences().stream()
                .map(s -> new Sequence(stored(s.name(), dialect), s.start(), s.increment())).toList();
        return new Schema(tables, sequences);
    }

    private static Table of(Table table, Dialect dialect) {
        Table.Builder b = table.toBuilder();
        b.columns(table.columns().stream().map(c -> c.toBuilder().name(stored(c.name(), dialect)).build()).toList());
        b.primaryKey(table.primaryKey().map(pk -> new PrimaryKey(name(pk.name(), dialect), names(pk.columns(), dialect))));
        b.uniqueConstraints(table.uniqueConstraints().stream()
                .map(u -> new UniqueConstraint(name(u.name(), dialect), names(u.columns(), dialect))).toList());
        b.indexes(table.indexes().stream()
                .map(i -> new Index(stored(i.name(), dialect), names(i.columns(), dialect), i.unique())).toList());
        b.foreignKeys(table.foreignKeys().stream().map(fk -> new ForeignKey(name(fk.name(), dialect),
                names(fk.columns(), dialect), stored(fk.referencedTable(), dialect),
                names(fk.referencedColumns(), dialect), fk.onDelete())).toList());
        b.checks(table.checks().stream()
                .map(ck -> new CheckConstraint(name(ck.name(), dialect), condition(ck.condition(), dialect))).toList());
        Table built = b.build();
        return new Table(stored(table.name(), dialect), built.columns(), built.primaryKey(),
                built.uniqueConstraints(), built.indexes(), built.foreignKeys(), built.checks(), built.comment(),
                built.initialRows());
    }

    /** The names in the model are already folded as the database folds them: only the length is applied. */
    private static String stored(String name, Dialect dialect) {
        return dialect.storedIdentifier(name, true);
    }

    private static Optional<String> name(Optional<String> name, Dialect dialect) {
        return name.map(n -> stored(n, dialect));
    }

    private static List<String> names(List<String> names, Dialect dialect) {
        return names.stream().map(n -> stored(n, dialect)).toList();
    }

    /** The condition with each long word cut as the database's parser cuts an identifier. */
    private static String condition(String condition, Dialect dialect) {
        Matcher m = WORD.matcher(condition);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(stored(m.group(), dialect)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
