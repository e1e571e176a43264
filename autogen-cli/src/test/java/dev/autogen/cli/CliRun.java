package dev.autogen.cli;

/** What one {@code autogen} invocation printed and returned. */
record CliRun(int exitCode, String out, String err) {
    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
