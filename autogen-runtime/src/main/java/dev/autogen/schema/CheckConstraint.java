package dev.autogen.schema;

import java.util.Objects;
import java.util.Optional;

/** A check constraint; {@code condition} is the SQL boolean expression without {@code CHECK ( )}. */
public record CheckConstraint(Optional<String> name, String condition) implements Constraint {
    public CheckConstraint {
        Objects.requireNonNull(name, "name == null");
        Names.require(condition, "check condition");
    }

    @Override
    public CheckConstraint withName(Optional<String> newName) {
        return new CheckConstraint(newName, condition);
    }
}
