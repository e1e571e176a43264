package dev.autogen.model.jpa;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.QualifiedName;
import java.util.Optional;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * Hibernate's physical names as the database will store them. Hibernate writes unquoted names
 * as they are, so PostgreSQL folds them to lower case; names the mapping quotes ({@code "\"Order\""}
 * or back-ticks) are kept as written. Constraint and index names are plain strings in Hibernate's
 * model and go into DDL unquoted unless the user quoted them, so they follow the same rule.
 */
final class StoredNames {
    private final Dialect dialect;
    private final HibernateQualifiers qualifiers;

    StoredNames(Dialect dialect, HibernateQualifiers qualifiers) {
        this.dialect = dialect;
        this.qualifiers = qualifiers;
    }

    String of(Identifier identifier) {
        return dialect.storedIdentifier(identifier.getText(), identifier.isQuoted());
    }

    /** {@code billing.invoices} for a table Hibernate writes qualified, else the plain name. */
    String table(Table table) {
        return qualified(table.getCatalogIdentifier(), table.getSchemaIdentifier(), of(table.getNameIdentifier()));
    }

    /**
     * The name in its schema as Hibernate writes it for the database: PostgreSQL writes the schema
     * and drops a catalog, MySQL and MariaDB write the catalog (a database) and drop a schema.
     */
    String qualified(Identifier catalog, Identifier schema, String name) {
        Identifier written = qualifiers.schemas() && schema != null ? schema
                : qualifiers.catalogs() && catalog != null ? catalog : null;
        return QualifiedName.of(Optional.ofNullable(written).map(this::of), name);
    }

    String column(Column column) {
        return dialect.storedIdentifier(column.getName(), column.isQuoted());
    }

    /** A constraint or index name; empty when Hibernate gave none. */
    Optional<String> constraint(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(of(Identifier.toIdentifier(name)));
    }
}
