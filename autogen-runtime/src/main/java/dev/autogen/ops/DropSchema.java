package dev.autogen.ops;

import java.util.Objects;

/**
 * Drops a schema (PostgreSQL) or database (MySQL, MariaDB) that tables are put in
 * ({@code billing.invoices}). autogen writes {@code CreateSchema} when the entities need a schema the
 * database lacks, so the downgrade drops only a schema the revision created.
 */
public record DropSchema(String name) implements Op {
    public DropSchema {
        Objects.requireNonNull(name, "name == null");
        if (name.isBlank() || name.contains(".")) {
            throw new IllegalArgumentException("not a schema name: " + name);
        }
    }

    @Override
    public CreateSchema reverse() {
        return new CreateSchema(name);
    }

    @Override
    public String describe() {
        return "dropped schema " + name;
    }

    /** Dropped only when empty: a schema that still holds tables is refused (see the dialects). */
    @Override
    public boolean isDestructive() {
        return true;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropSchema(this);
    }
}
