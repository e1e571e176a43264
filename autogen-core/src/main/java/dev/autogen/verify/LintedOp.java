package dev.autogen.verify;

import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.Op;
import java.util.List;

/** One change of a revision with what the lint says about it (often nothing). */
public record LintedOp(Op op, List<ChangeNote> notes) {
    public LintedOp {
        notes = List.copyOf(notes);
    }
}
