package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.JavaCallback;
import dev.autogen.schema.Schema;

/**
 * Writes statements into a SQL script instead of running them: each ends with {@code ;} on its
 * own line ending, and comments say which revision the statements belong to. Both psql and the
 * sqlite3 shell read the result as it is. A Java callback ({@code op.run}) cannot be written as
 * SQL: in its place the script holds a comment line starting {@value #CANNOT_SCRIPT}, which the
 * command line also prints on stderr; a bound statement is written with its values as
 * literals.
 */
public final class ScriptSink implements SqlSink {
    /** How the comment that stands for a Java callback begins. */
    public static final String CANNOT_SCRIPT = "WARNING: NOT IN THIS SCRIPT:";

    private final StringBuilder script = new StringBuilder();
    private String revision = "";

    @Override
    public void execute(String sql) {
        String statement = sql.strip();
        while (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).stripTrailing();
        }
        script.append(statement).append(";\n");
    }

    @Override
    public void runData(Dialect dialect, DataStep step, Schema before) {
        if (step.work() instanceof JavaCallback) {
            String warning = "revision " + revision + " runs Java code (op.run) that a SQL script cannot hold;"
                    + " this script leaves it out: run the revision online (autogen upgrade), or do by hand what"
                    + " its callback does";
            comment(CANNOT_SCRIPT + " " + warning);
        } else {
            dialect.toSql(step, before).forEach(this::execute);
        }
    }

    /** The revision the statements that follow belong to, for the warnings. */
    void revision(String id) {
        revision = id;
    }

    @Override
    public void changeVersion(String sql) {
        execute(sql);
    }

    /** A comment line (or lines) in the script. */
    public void comment(String text) {
        text.lines().forEach(line -> script.append("-- ").append(line).append('\n'));
    }

    public void blankLine() {
        script.append('\n');
    }

    /** The script written so far. */
    public String script() {
        return script.toString();
    }
}
