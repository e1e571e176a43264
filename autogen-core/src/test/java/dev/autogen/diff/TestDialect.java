package dev.autogen.diff;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.Op;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** A dialect for diff tests: only {@code normalize} works; the diff must never need the rest. */
final class TestDialect implements Dialect {
    /** PostgreSQL-like spellings of the same type: the folding dialect reads them as one. */
    private static final Map<String, ColumnType> SYNONYMS = Map.of(
            "int4", new ColumnType.Int(32),
            "int8", new ColumnType.Int(64));

    private final UnaryOperator<Table> normalizer;

    private TestDialect(UnaryOperator<Table> normalizer) {
        this.normalizer = normalizer;
    }

    /** Compares values exactly as given. */
    static TestDialect identity() {
        return new TestDialect(t -> t);
    }

    /**
     * Folds what PostgreSQL rewrites: casts in defaults and checks ({@code 'x'::character varying}
     * is {@code 'x'}) and type synonyms ({@code int4} is {@code integer}).
     */
    static TestDialect folding() {
        return new TestDialect(TestDialect::fold);
    }

    /** Normalizes with {@code normalizer}; for dialects that break the contract. */
    static TestDialect normalizingWith(UnaryOperator<Table> normalizer) {
        return new TestDialect(normalizer);
    }

    static String foldCasts(String sql) {
        return sql.replace("::character varying", "").replace("::text", "");
    }

    private static Table fold(Table table) {
        return table.toBuilder()
                .columns(table.columns().stream().map(TestDialect::fold).toList())
                .checks(table.checks().stream()
                        .map(c -> new CheckConstraint(c.name(), foldCasts(c.condition()))).toList())
                .build();
    }

    private static Column fold(Column column) {
        ColumnType type = column.type() instanceof ColumnType.Native n
                ? SYNONYMS.getOrDefault(n.sql(), n) : column.type();
        Optional<String> defaultValue = column.defaultValue().map(TestDialect::foldCasts);
        return column.toBuilder().type(type).defaultValue(defaultValue).build();
    }

    @Override
    public Table normalize(Table table) {
        return normalizer.apply(table);
    }

    @Override
    public String name() {
        throw new UnsupportedOperationException("the diff must not ask for the dialect's name");
    }

    @Override
    public String hibernateDialect() {
        throw new UnsupportedOperationException("the diff must not read entities");
    }

    @Override
    public List<String> toSql(Op op, Schema before) {
        throw new UnsupportedOperationException("the diff must not write SQL");
    }

    @Override
    public Schema reflect(Connection connection, Predicate<String> includeTable, java.util.List<String> schemas) {
        throw new UnsupportedOperationException("the diff must not touch JDBC");
    }

    @Override
    public void beginMigrationTransaction(Connection connection) {
        throw new UnsupportedOperationException("the diff must not touch JDBC");
    }

    @Override
    public String storedIdentifier(String name, boolean quoted) {
        throw new UnsupportedOperationException("the diff compares stored names as given");
    }

    @Override
    public String quote(String identifier) {
        throw new UnsupportedOperationException("the diff must not write SQL");
    }
}
