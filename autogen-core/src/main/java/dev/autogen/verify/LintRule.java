package dev.autogen.verify;

import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.Op;
import java.util.List;

/** One thing a reviewer should know about a change before it runs on a database with data. */
public interface LintRule {
    /** What this rule says about {@code op}; nothing when it does not apply. */
    List<ChangeNote> check(Op op, LintContext context);
}
