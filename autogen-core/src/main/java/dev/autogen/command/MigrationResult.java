package dev.autogen.command;

import dev.autogen.runtime.MigrationStep;
import java.util.List;

/** Where the database stood before an upgrade or downgrade, the steps it ran, and where it stands afterwards. */
public record MigrationResult(List<String> before, List<MigrationStep> steps, List<String> heads) {
    public MigrationResult {
        before = List.copyOf(before);
        steps = List.copyOf(steps);
        heads = List.copyOf(heads);
    }
}
