package dev.autogen.verify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code check} or {@code verify} found, ready to print as text, JSON or markdown.
 *
 * @param command the command that produced it ({@code check}, {@code verify})
 * @param facts short lines said before the findings, such as "database at 3f2a9c1b7d4e (head)"
 * @param picture a Mermaid diagram of the tables the findings touch, for the markdown report
 */
public record Report(String command, List<String> facts, List<Finding> findings, Optional<String> picture) {
    public Report {
        Objects.requireNonNull(command, "command == null");
        facts = List.copyOf(facts);
        findings = List.copyOf(findings);
        Objects.requireNonNull(picture, "picture == null");
    }

    public Report(String command, List<String> facts, List<Finding> findings) {
        this(command, facts, findings, Optional.empty());
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    /** Exit code 1 when any finding is an error, else 0: warnings alone never fail a build. */
    public int exitCode() {
        return errors() > 0 ? 1 : 0;
    }
}
