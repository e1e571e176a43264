package dev.autogen.ops;

import dev.autogen.AutogenException;

/** Thrown by {@link Op#reverse()} when the op does not carry what its undo needs. */
public final class IrreversibleOperationException extends AutogenException {
    public IrreversibleOperationException(Op op) {
        super("operation is not reversible: " + op.describe());
    }
}
