package dev.autogen.model.jpa;

import dev.autogen.dialect.Dialect;
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

    StoredNames(Dialect dialect) {
        this.dialect = dialect;
    }

    String of(Identifier identifier) {
        return dialect.storedIdentifier(identifier.getText(), identifier.isQuoted());
    }

    String table(Table table) {
        return of(table.getNameIdentifier());
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
