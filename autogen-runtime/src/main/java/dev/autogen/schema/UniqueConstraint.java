package dev.autogen.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

public record UniqueConstraint(Optional<String> name, List<String> columns) implements Constraint {
    public UniqueConstraint {
        Objects.requireNonNull(name, "name == null");
        columns = Names.requireColumns(columns, "unique constraint");
    }

    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(Optional.of(name), List.of(columns));
    }

    @Override
    public UniqueConstraint withName(Optional<String> newName) {
        return new UniqueConstraint(newName, columns);
    }
}
