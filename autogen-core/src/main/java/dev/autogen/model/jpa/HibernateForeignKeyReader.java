package dev.autogen.model.jpa;

import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * The foreign keys Hibernate's schema export would create for a table: creation enabled and
 * physical, with the referenced columns spelled out (Hibernate leaves them empty when the key
 * references the primary key) and {@code @OnDelete} as the delete action.
 */
final class HibernateForeignKeyReader {
    private final StoredNames names;
    private final MappingWarnings warnings;
    private final HibernateQualifiers qualifiers;

    HibernateForeignKeyReader(StoredNames names, MappingWarnings warnings, HibernateQualifiers qualifiers) {
        this.names = names;
        this.warnings = warnings;
        this.qualifiers = qualifiers;
    }

    List<ForeignKey> read(Table table) {
        List<ForeignKey> found = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey key : table.getForeignKeyCollection()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint() || key.getReferencedTable() == null) {
                continue;
            }
            found.add(foreignKey(key));
        }
        return found;
    }

    private ForeignKey foreignKey(org.hibernate.mapping.ForeignKey key) {
        Table referenced = key.getReferencedTable();
        List<Column> referencedColumns = key.isReferenceToPrimaryKey() || key.getReferencedColumns().isEmpty()
                ? referenced.getPrimaryKey().getColumns()
                : key.getReferencedColumns();
        return new ForeignKey(
                names.constraint(key.getName()),
                key.getColumns().stream().map(names::column).toList(),
                names.table(referenced),
                referencedColumns.stream().map(names::column).toList(),
                onDelete(key.getOnDeleteAction()));
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        switch (action) {
            case CASCADE:
                return ReferentialAction.CASCADE;
            case SET_NULL:
                return ReferentialAction.SET_NULL;
            case SET_DEFAULT:
                return ReferentialAction.SET_DEFAULT;
            case RESTRICT:
                return ReferentialAction.RESTRICT;
            default:
                return ReferentialAction.NO_ACTION;
        }
    }
}
