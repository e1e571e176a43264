package dev.autogen.ops;

import java.util.Objects;
import java.util.Optional;

/** Sets, changes or removes a table's comment; both sides are kept, so the reverse is exact. */
public record AlterTableComment(String table, Optional<String> from, Optional<String> to) implements Op {
    public AlterTableComment {
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
    }

    @Override
    public AlterTableComment reverse() {
        return new AlterTableComment(table, to, from);
    }

    @Override
    public String describe() {
        if (to.isEmpty()) {
            return "dropped the comment of table " + table;
        }
        return (from.isEmpty() ? "added a comment to table " : "changed the comment of table ") + table;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterTableComment(this);
    }
}
