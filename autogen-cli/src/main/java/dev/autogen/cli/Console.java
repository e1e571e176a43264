package dev.autogen.cli;

import dev.autogen.runtime.ScriptSink;
import java.io.PrintStream;

/** Where a command writes: results and progress to {@code out}, errors (one line each) to {@code err}. */
public record Console(PrintStream out, PrintStream err) {
    public void println(String line) {
        out.println(line);
    }

    /**
     * An offline script on {@code out}, and on {@code err} a warning for each step the script had
     * to leave out (a Java callback, marked by a {@link ScriptSink#CANNOT_SCRIPT} comment).
     */
    public void script(String script) {
        out.print(script);
        String mark = "-- " + ScriptSink.CANNOT_SCRIPT + " ";
        script.lines().filter(line -> line.startsWith(mark))
                .forEach(line -> err.println("autogen: warning: " + line.substring(mark.length())));
    }

    public void error(String message) {
        err.println("autogen: error: " + message);
    }
}
