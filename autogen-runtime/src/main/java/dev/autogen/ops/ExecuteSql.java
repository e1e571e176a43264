package dev.autogen.ops;

import java.util.Objects;
import java.util.Optional;

/** Raw SQL from a hand-written migration; reversible only when its undo was given. */
public record ExecuteSql(String sql, Optional<String> undo) implements Op {
    public ExecuteSql {
        Objects.requireNonNull(sql, "sql == null");
        Objects.requireNonNull(undo, "undo == null");
    }

    @Override
    public ExecuteSql reverse() {
        return new ExecuteSql(undo.orElseThrow(() -> new IrreversibleOperationException(this)), Optional.of(sql));
    }

    @Override
    public String describe() {
        return "executed SQL: " + sql;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitExecuteSql(this);
    }
}
