package dev.autogen.command;

import dev.autogen.runtime.MigrationStep;
import java.util.List;

/** The steps an upgrade or downgrade ran, and where the database stands afterwards. */
public record MigrationResult(List<MigrationStep> steps, List<String> heads) {
    public MigrationResult {
        steps = List.copyOf(steps);
        heads = List.copyOf(heads);
    }
}
