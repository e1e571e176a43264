package dev.autogen.ops;

/** What a {@link DataStep} does to the rows: Java code, or a statement with bound parameters. */
public sealed interface DataWork permits JavaCallback, BoundStatement {
    /** Plain words for a reviewer and for error messages. */
    String describe();
}
