package dev.autogen.runtime;

import java.util.List;

/**
 * Where a run starts: the heads the version table holds, and the heads its plan starts from (they
 * differ only when the run goes the other way of a revision a run stopped in part way).
 */
public record RunStart(List<String> current, List<String> planFrom) {
    public RunStart {
        current = List.copyOf(current);
        planFrom = List.copyOf(planFrom);
    }
}
