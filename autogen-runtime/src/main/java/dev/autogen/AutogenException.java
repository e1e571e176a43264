package dev.autogen;

/**
 * The one exception a user can cause. Its message is a sentence written for the user: what went
 * wrong and, where we know it, what to do. The command line prints it on one line and exits 2.
 */
public class AutogenException extends RuntimeException {
    public AutogenException(String message) {
        super(message);
    }

    public AutogenException(String message, Throwable cause) {
        super(message, cause);
    }
}
