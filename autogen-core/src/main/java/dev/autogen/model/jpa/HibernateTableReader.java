package dev.autogen.model.jpa;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.UniqueKey;

/**
 * One Hibernate table as the schema model's {@link Table}: columns in Hibernate's order (after
 * its column ordering strategy), keys, indexes and checks exactly as Hibernate's schema export
 * would create them. Foreign keys are read by {@link HibernateForeignKeyReader}.
 */
final class HibernateTableReader {
    private final StoredNames names;
    private final HibernateTypeMapper types;
    private final HibernateForeignKeyReader foreignKeys;
    private final InitialRows initialRows;

    HibernateTableReader(Metadata metadata, StoredNames names, Dialect dialect, MappingWarnings warnings,
            HibernateQualifiers qualifiers) {
        this.names = names;
        this.types = new HibernateTypeMapper(metadata, dialect);
        this.foreignKeys = new HibernateForeignKeyReader(names, warnings, qualifiers);
        this.initialRows = new InitialRows(metadata, warnings);
    }

    Table read(org.hibernate.mapping.Table table) {
        Table.Builder builder = Table.builder(names.table(table)).comment(Optional.ofNullable(table.getComment()));
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            builder.column(column(column));
        }
        primaryKey(table).ifPresent(builder::primaryKey);
        uniqueConstraints(table).forEach(builder::uniqueConstraint);
        indexes(table).forEach(builder::index);
        foreignKeys.read(table).forEach(builder::foreignKey);
        checks(table).forEach(builder::check);
        List<String> columns = builder.build().columnNames();
        return builder.initialRows(initialRows.of(table, columns)).build();
    }

    private Column column(org.hibernate.mapping.Column column) {
        Optional<ColumnDefinition> definition = types.userDefinition(column);
        ColumnType type = types.map(column, definition);
        // Hibernate pastes a columnDefinition into DDL as is, so its DEFAULT and NOT NULL count.
        Optional<String> defaultValue = Optional.ofNullable(column.getDefaultValue())
                .or(() -> definition.flatMap(ColumnDefinition::defaultValue));
        boolean nullable = column.isNullable() && !definition.map(ColumnDefinition::notNull).orElse(false);
        return Column.builder(names.column(column), type)
                .nullable(nullable)
                .defaultValue(defaultValue)
                .comment(Optional.ofNullable(column.getComment()))
                .identity(column.isIdentity())
                .build();
    }

    private Optional<PrimaryKey> primaryKey(org.hibernate.mapping.Table table) {
        if (!table.hasPrimaryKey() || table.getPrimaryKey().getColumns().isEmpty()) {
            return Optional.empty();
        }
        // Hibernate writes "primary key (...)" without a name, so the database chooses one.
        return Optional.of(new PrimaryKey(Optional.empty(), columnNames(table.getPrimaryKey().getColumns())));
    }

    private List<UniqueConstraint> uniqueConstraints(org.hibernate.mapping.Table table) {
        List<UniqueConstraint> found = new ArrayList<>();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (!table.isRedundantUniqueKey(key) && descending(key.getColumnOrderMap()).isEmpty()) {
                found.add(new UniqueConstraint(names.constraint(key.getName()), columnNames(key.getColumns())));
            }
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.isUnique() && !isAlreadyUnique(table, column, found)) {
                // Hibernate's DDL declares these inline ("email varchar(255) unique"), without a name.
                found.add(new UniqueConstraint(Optional.empty(), List.of(names.column(column))));
            }
        }
        return found;
    }

    private boolean isAlreadyUnique(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column,
            List<UniqueConstraint> found) {
        List<String> alone = List.of(names.column(column));
        boolean isPrimaryKey = table.hasPrimaryKey() && table.getPrimaryKey().getColumns().equals(List.of(column));
        return isPrimaryKey || found.stream().anyMatch(unique -> unique.columns().equals(alone));
    }

    private List<dev.autogen.schema.Index> indexes(org.hibernate.mapping.Table table) {
        List<dev.autogen.schema.Index> found = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<String> columns = columnNames(index.getColumns());
            if (!columns.isEmpty()) {
                found.add(new dev.autogen.schema.Index(names.constraint(index.getName()).orElseThrow(),
                        columns, index.isUnique(), descending(index.getColumnOrderMap())));
            }
        }
        // @Index(unique = true) is a unique key to Hibernate; one with a DESC column is the unique
        // index it creates, as a constraint has no direction.
        for (UniqueKey key : table.getUniqueKeys().values()) {
            List<String> descending = descending(key.getColumnOrderMap());
            if (!table.isRedundantUniqueKey(key) && !descending.isEmpty()) {
                found.add(new dev.autogen.schema.Index(names.constraint(key.getName()).orElseThrow(),
                        columnNames(key.getColumns()), true, descending));
            }
        }
        return found;
    }

    /** The columns {@code columnList} sorts {@code DESC}: Hibernate keeps each column's order word. */
    private List<String> descending(java.util.Map<org.hibernate.mapping.Column, String> orders) {
        List<String> descending = new ArrayList<>();
        orders.forEach((column, order) -> {
            if (order != null && order.strip().equalsIgnoreCase("desc")) {
                descending.add(names.column(column));
            }
        });
        return descending;
    }

    private List<CheckConstraint> checks(org.hibernate.mapping.Table table) {
        List<CheckConstraint> found = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            column.getCheckConstraints().forEach(check -> found.add(check(check)));
        }
        table.getChecks().forEach(check -> found.add(check(check)));
        return found;
    }

    private CheckConstraint check(org.hibernate.mapping.CheckConstraint check) {
        return new CheckConstraint(names.constraint(check.getName()), check.getConstraint());
    }

    private List<String> columnNames(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(names::column).toList();
    }
}
