package dev.autogen.revision;

import dev.autogen.AutogenException;

/** The revisions cannot form a usable graph; {@link #problem()} says which rule they break. */
public final class InvalidGraphException extends AutogenException {
    /** The rules a migrations folder's graph must keep. */
    public enum Problem {
        DUPLICATE_ID("duplicate-id"),
        DANGLING_PARENT("dangling-parent"),
        CYCLE("cycle"),
        BRANCH_LABEL("branch-label");

        private final String kind;

        Problem(String kind) {
            this.kind = kind;
        }

        /** The finding kind {@code check} and {@code verify} report it under. */
        public String kind() {
            return kind;
        }
    }

    private final Problem problem;

    InvalidGraphException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
