package dev.autogen.ops;

import java.util.Objects;

/**
 * Creates a schema (PostgreSQL) or database (MySQL, MariaDB) that tables are put in
 * ({@code billing.invoices}). autogen writes {@code CreateSchema} when the entities need a schema the
 * database lacks, so the downgrade drops only a schema the revision created.
 */
public record CreateSchema(String name) implements Op {
    public CreateSchema {
        Objects.requireNonNull(name, "name == null");
        if (name.isBlank() || name.contains(".")) {
            throw new IllegalArgumentException("not a schema name: " + name);
        }
    }

    @Override
    public DropSchema reverse() {
        return new DropSchema(name);
    }

    @Override
    public String describe() {
        return "created schema " + name;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateSchema(this);
    }
}
