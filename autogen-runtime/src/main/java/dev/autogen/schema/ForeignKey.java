package dev.autogen.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

public record ForeignKey(
        Optional<String> name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete) implements Constraint {

    public ForeignKey {
        Objects.requireNonNull(name, "name == null");
        columns = Names.requireColumns(columns, "foreign key");
        Names.require(referencedTable, "referenced table");
        referencedColumns = Names.requireColumns(referencedColumns, "foreign key's referenced columns");
        Objects.requireNonNull(onDelete, "onDelete == null");
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
    }

    @Override
    public ForeignKey withName(Optional<String> newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete);
    }
}
