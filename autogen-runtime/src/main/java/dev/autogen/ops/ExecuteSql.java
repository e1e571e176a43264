package dev.autogen.ops;

import dev.autogen.AutogenException;
import java.util.Objects;
import java.util.Optional;

/** Raw SQL from a hand-written migration; reversible only when its undo was given. */
public record ExecuteSql(String sql, Optional<String> undo) implements Op {
    public ExecuteSql {
        Objects.requireNonNull(sql, "sql == null");
        Objects.requireNonNull(undo, "undo == null");
        refuseTransactionControl(sql);
        undo.ifPresent(ExecuteSql::refuseTransactionControl);
    }

    /** autogen owns each revision's transaction; a COMMIT inside would break its all-or-nothing promise. */
    private static void refuseTransactionControl(String sql) {
        TransactionControl.find(sql).ifPresent(statement -> {
            throw new AutogenException(statement + " controls the transaction, which autogen does itself: each"
                    + " revision runs in one transaction, so that a failure leaves none of it applied; remove it");
        });
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
