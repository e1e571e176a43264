package dev.autogen.dialect.postgresql;

import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.Table;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical form of a table for comparison on PostgreSQL. Each rule makes equal exactly what
 * PostgreSQL spells differently from how it was written, and nothing more.
 */
final class PostgresNormalizer {
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('(.*)'\\)");
    private static final Map<String, Integer> SERIAL_BITS = Map.of("smallserial", 16, "serial2", 16,
            "serial", 32, "serial4", 32, "bigserial", 64, "serial8", 64);
    private static final Set<String> TRUE_WORDS = Set.of("'t'", "'true'", "'y'", "'yes'", "'on'", "'1'");
    private static final Set<String> FALSE_WORDS = Set.of("'f'", "'false'", "'n'", "'no'", "'off'", "'0'");

    private PostgresNormalizer() {
    }

    static Table normalize(Table table) {
        List<String> columns = table.columnNames();
        List<String> keyColumns = table.primaryKey().map(pk -> pk.columns()).orElse(List.of());
        Table.Builder b = table.toBuilder();
        b.columns(table.columns().stream().map(c -> column(table.name(), c, keyColumns.contains(c.name()))).toList());
        // A table has one primary key, and PostgreSQL names it itself (books_pkey) and keeps that name across a rename.
        b.primaryKey(table.primaryKey().map(pk -> pk.withName(Optional.empty())));
        // Lists keep their order and length: the diff pairs each element with its normal form by position.
        b.uniqueConstraints(table.uniqueConstraints().stream().map(u -> unnamedIfDefault(table.name(), u, columns))
                .toList());
        b.foreignKeys(table.foreignKeys().stream().map(f -> unnamedIfDefault(table.name(), f, columns)).toList());
        // Check conditions come back rewritten: compare their canonical text.
        b.checks(table.checks().stream().map(c -> unnamedIfDefault(table.name(), c, columns))
                .map(c -> new CheckConstraint(c.name(), PostgresExpressions.canonical(c.condition()))).toList());
        // COMMENT ... IS '' removes the comment.
        b.comment(table.comment().filter(text -> !text.isEmpty()));
        return b.build();
    }

    private static Column column(String table, Column column, boolean inPrimaryKey) {
        ColumnType type = type(column.type());
        boolean identity = column.identity();
        // A serial column is an integer whose default draws from its own sequence, like an identity.
        if (column.type() instanceof ColumnType.Native n && SERIAL_BITS.containsKey(n.sql())) {
            type = new ColumnType.Int(SERIAL_BITS.get(n.sql()));
            identity = true;
        }
        Optional<String> defaultValue = column.defaultValue().map(PostgresExpressions::canonical);
        if (defaultValue.isPresent() && drawsFromOwnSequence(table, column.name(), defaultValue.get())) {
            identity = true;
            defaultValue = Optional.empty();
        }
        // DEFAULT NULL is stored as NULL::type and means no default.
        defaultValue = defaultValue.filter(d -> !d.equals("null"));
        ColumnType finalType = type;
        defaultValue = defaultValue.map(d -> literalFor(finalType, d));
        return column.toBuilder().type(type).identity(identity)
                // Identity and primary key columns are NOT NULL whether or not it was written.
                .nullable(column.nullable() && !identity && !inPrimaryKey)
                .defaultValue(defaultValue)
                .comment(column.comment().filter(text -> !text.isEmpty()))
                .build();
    }

    /** Synonyms fold into one type (int4 = integer, float(53) = double precision); bytea keeps no length. */
    static ColumnType type(ColumnType type) {
        if (type instanceof ColumnType.Native n) {
            return PostgresTypes.fromSql(n.sql());
        }
        if (type instanceof ColumnType.Binary) {
            return new ColumnType.Blob();
        }
        return type;
    }

    /** PostgreSQL turns 't'/'yes'/'on' into true for a boolean and '42' into 42 for a number. */
    private static String literalFor(ColumnType type, String canonical) {
        String lower = canonical.toLowerCase(Locale.ROOT);
        if (type instanceof ColumnType.Bool && TRUE_WORDS.contains(lower)) {
            return "true";
        }
        if (type instanceof ColumnType.Bool && FALSE_WORDS.contains(lower)) {
            return "false";
        }
        boolean numeric = type instanceof ColumnType.Int || type instanceof ColumnType.Numeric
                || type instanceof ColumnType.Floating;
        if (numeric && canonical.length() > 2 && canonical.startsWith("'")
                && PostgresExpressionNode.isNumber(canonical.substring(1, canonical.length() - 1))) {
            return canonical.substring(1, canonical.length() - 1);
        }
        return canonical;
    }

    /** {@code nextval('books_id_seq')}: the sequence PostgreSQL names after a serial column. */
    private static boolean drawsFromOwnSequence(String table, String column, String canonicalDefault) {
        Matcher m = NEXTVAL.matcher(canonicalDefault);
        if (!m.matches()) {
            return false;
        }
        String name = m.group(1).replace("''", "'");
        name = name.substring(name.lastIndexOf('.') + 1).replace("\"", "");
        return name.equals(PostgresObjectNames.objectName(table, column, "seq"));
    }

    /** A name PostgreSQL generated (books_title_key) carries no meaning. */
    @SuppressWarnings("unchecked")
    private static <C extends Constraint> C unnamedIfDefault(String table, C constraint, List<String> columns) {
        Optional<String> name = constraint.name();
        if (name.isPresent() && PostgresConstraintNames.isDefaultName(table, constraint, columns, name.get())) {
            return (C) constraint.withName(Optional.empty());
        }
        return constraint;
    }
}
