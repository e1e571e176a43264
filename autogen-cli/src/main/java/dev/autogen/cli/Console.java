package dev.autogen.cli;

import java.io.PrintStream;

/** Where a command writes: results and progress to {@code out}, errors (one line each) to {@code err}. */
public record Console(PrintStream out, PrintStream err) {
    public void println(String line) {
        out.println(line);
    }

    public void error(String message) {
        err.println("autogen: error: " + message);
    }
}
