package dev.autogen.runtime;

import java.util.List;
import java.util.Optional;

/**
 * One op of a revision run statement by statement: the statements that apply it, and those that
 * revert it once they all ran ({@code undo}), computed together before the first statement runs.
 * The undo is empty when the op has no reverse (raw SQL written without one).
 */
public record PlannedOp(List<String> statements, Optional<List<String>> undo) {
    public PlannedOp {
        statements = List.copyOf(statements);
        undo = undo.map(List::copyOf);
    }
}
