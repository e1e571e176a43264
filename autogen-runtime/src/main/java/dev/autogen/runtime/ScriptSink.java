package dev.autogen.runtime;

/**
 * Writes statements into a SQL script instead of running them: each ends with {@code ;} on its
 * own line ending, and comments say which revision the statements belong to. Both psql and the
 * sqlite3 shell read the result as it is.
 */
public final class ScriptSink implements SqlSink {
    private final StringBuilder script = new StringBuilder();

    @Override
    public void execute(String sql) {
        String statement = sql.strip();
        while (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).stripTrailing();
        }
        script.append(statement).append(";\n");
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
