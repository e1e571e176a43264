package dev.autogen.verify;

import java.util.List;
import java.util.Objects;

/**
 * What {@code check} or {@code verify} found, ready to print as text, JSON or markdown.
 *
 * @param command the command that produced it ({@code check}, {@code verify})
 * @param facts short lines said before the findings, such as "database at 3f2a9c1b7d4e (head)"
 */
public record Report(String command, List<String> facts, List<Finding> findings) {
    public Report {
        Objects.requireNonNull(command, "command == null");
        facts = List.copyOf(facts);
        findings = List.copyOf(findings);
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
