package dev.autogen.runtime;

import java.util.List;

/** The steps a run carried out, leaving out those a concurrent run had done, and the heads it left. */
public record RunOutcome(List<MigrationStep> ran, List<String> heads) {
    public RunOutcome {
        ran = List.copyOf(ran);
        heads = List.copyOf(heads);
    }
}
