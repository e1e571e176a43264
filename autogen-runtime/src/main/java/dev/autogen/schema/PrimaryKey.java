package dev.autogen.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

public record PrimaryKey(Optional<String> name, List<String> columns) implements Constraint {
    public PrimaryKey {
        Objects.requireNonNull(name, "name == null");
        columns = Names.requireColumns(columns, "primary key");
    }

    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(Optional.empty(), List.of(columns));
    }

    @Override
    public PrimaryKey withName(Optional<String> newName) {
        return new PrimaryKey(newName, columns);
    }
}
