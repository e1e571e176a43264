package dev.autogen.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Command-line options: {@code --sizes 10,100,1000 --databases sqlite,postgresql --runs 3
 * --phase-runs 5 --warmup 2 --work DIR --launcher FILE --baseline FILE --pg-url URL --pg-user NAME
 * --workload entities|history --revisions 100,500,1000 --alembic PATH --steps upgrade,check,history,current,revision,edited}
 * ({@code --steps}: which of the history workload's steps to time; {@code check}, {@code history},
 * {@code current}, {@code revision} and {@code edited} ({@code revision} after an entity edit) run
 * at head, so they need {@code upgrade} before them). With
 * {@code --baseline}, a second launcher (an older build, say) is timed in the same runs,
 * alternating with the first, so the two columns share the machine's load.
 */
record BenchmarkOptions(List<Integer> sizes, List<String> databases, int runs, int phaseRuns, int warmup, Path work,
        Path launcher, Optional<Path> baseline, String postgresUrl, String postgresUser, boolean history,
        List<Integer> revisions, Optional<Path> alembic, List<String> steps) {

    static final List<String> HISTORY_STEPS = List.of("upgrade", "check", "history", "current", "revision",
            "edited");

    static BenchmarkOptions parse(String[] args, Path repository) {
        List<Integer> sizes = List.of(10, 100, 1000);
        List<String> databases = List.of("sqlite", "postgresql");
        int runs = 3;
        int phaseRuns = 5;
        int warmup = 2;
        Path work = repository.resolve("benchmark/target/work");
        Path launcher = repository.resolve("autogen");
        Optional<Path> baseline = Optional.empty();
        String url = "jdbc:postgresql://127.0.0.1:5432/test";
        String user = "postgres";
        boolean history = false;
        List<Integer> revisions = List.of(100, 500, 1000);
        Optional<Path> alembic = Optional.empty();
        List<String> steps = HISTORY_STEPS;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--databases" -> databases = Arrays.stream(value.split(",")).map(String::strip).toList();
                case "--runs" -> runs = Integer.parseInt(value);
                case "--phase-runs" -> phaseRuns = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--work" -> work = Path.of(value);
                case "--launcher" -> launcher = Path.of(value);
                case "--baseline" -> baseline = Optional.of(Path.of(value).toAbsolutePath());
                case "--pg-url" -> url = value;
                case "--pg-user" -> user = value;
                case "--workload" -> history = workload(value);
                case "--revisions" -> revisions = Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--alembic" -> alembic = Optional.of(Path.of(value).toAbsolutePath());
                case "--steps" -> steps = Arrays.stream(value.split(",")).map(String::strip).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see BenchmarkOptions)");
            }
            i++;
        }
        for (String database : databases) {
            if (!database.equals("sqlite") && !database.equals("postgresql")) {
                throw new IllegalArgumentException("--databases takes sqlite and/or postgresql, not " + database);
            }
        }
        for (String step : steps) {
            if (!HISTORY_STEPS.contains(step)) {
                throw new IllegalArgumentException("--steps takes some of " + String.join(",", HISTORY_STEPS) + ", not " + step);
            }
        }
        return new BenchmarkOptions(sizes, databases, runs, phaseRuns, Math.max(1, warmup), work.toAbsolutePath(),
                launcher.toAbsolutePath(), baseline, url, user, history, revisions, alembic, steps);
    }

    private static boolean workload(String name) {
        return switch (name) {
            case "entities" -> false;
            case "history" -> true;
            default -> throw new IllegalArgumentException("--workload takes entities or history, not " + name);
        };
    }
}
