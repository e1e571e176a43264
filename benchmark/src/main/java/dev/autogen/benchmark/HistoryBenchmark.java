package dev.autogen.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * {@code --workload history}: for each history length R and database, times whole processes of
 * {@code upgrade head} from an empty database, then {@code check}, {@code history},
 * {@code current} and {@code revision} (nothing to write) at head, and {@code revision} after an
 * entity edit ({@code edited}), for autogen with warm and cold caches and, with {@code --alembic},
 * for Alembic on the same history, the tools taking turns so they share the machine's load.
 */
final class HistoryBenchmark {
    private final BenchmarkOptions options;
    private final PrintStream out;
    private final Launcher launcher;
    private final Optional<Alembic> alembic;

    HistoryBenchmark(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        Path logs = options.work().resolve("logs-history");
        this.launcher = new Launcher(options.launcher(), logs, options.work().resolve("cache-history"));
        this.alembic = options.alembic().map(path -> new Alembic(path, logs));
    }

    void run() throws Exception {
        List<HistoryRow> rows = new ArrayList<>();
        out.println(HistoryTable.HEADER_NOTE);
        for (int revisions : options.revisions()) {
            progress("R=" + revisions + ": writing the history");
            HistoryProject project = new HistoryProject(revisions, options.work().resolve("history/r" + revisions));
            project.write();
            for (String kind : options.databases()) {
                Path folder = project.autogenFolder().resolve(kind);
                TargetDatabase autogenDb = kind.equals("sqlite") ? TargetDatabase.sqlite(folder)
                        : TargetDatabase.postgres(options.postgresUrl(), options.postgresUser(), "bench_hist_" + revisions);
                TargetDatabase alembicDb = kind.equals("sqlite") ? TargetDatabase.sqlite(project.alembicFolder().resolve(kind))
                        : TargetDatabase.postgres(options.postgresUrl(), options.postgresUser(), "bench_alembic_" + revisions);
                Files.createDirectories(folder);
                Files.createDirectories(project.alembicFolder().resolve(kind));
                Files.writeString(folder.resolve("autogen.properties"), project.autogenConfig(autogenDb),
                        StandardCharsets.UTF_8);
                for (HistoryRow row : measure(project, folder, autogenDb, alembicDb)) {
                    rows.add(row);
                    HistoryTable.printRow(row, out);
                }
            }
        }
        out.println();
        HistoryTable.print(rows, out);
    }

    private List<HistoryRow> measure(HistoryProject project, Path folder, TargetDatabase autogenDb,
            TargetDatabase alembicDb) throws Exception {
        String label = "R=" + project.revisions() + " " + autogenDb.kind();
        List<HistoryRow> rows = new ArrayList<>();
        if (!options.steps().contains("upgrade")) {
            throw new IllegalArgumentException("--steps must include upgrade: the other steps run at head");
        }
        progress(label + ": upgrade head from empty x" + options.runs());
        Samples upgrade = new Samples();
        for (int i = 0; i < options.runs(); i++) {
            autogenDb.reset();
            launcher.emptyCache();
            upgrade.cold.add(autogen(folder, List.of("upgrade", "head"), 0));
            alembicDb.reset();
            upgrade.alembic(alembic(project, alembicDb, List.of("upgrade", "head"), 0));
            autogenDb.reset();
            upgrade.warm.add(autogen(folder, List.of("upgrade", "head"), 0));
        }
        rows.add(upgrade.row(project.revisions(), autogenDb.kind(), "upgrade head"));
        for (String step : options.steps().stream().filter(s -> !s.equals("upgrade")).toList()) {
            progress(label + ": " + step + " at head x" + options.runs());
            Samples samples = new Samples();
            for (int i = 0; i < options.runs(); i++) {
                launcher.emptyCache();
                samples.cold.add(autogen(folder, autogenCommand(step), 0));
                samples.alembic(alembicRevisionLeavesNoFile(project, alembicDb, step));
                if (step.equals("edited")) {
                    editOneEntity(project);
                }
                samples.warm.add(autogen(folder, autogenCommand(step), 0));
            }
            rows.add(samples.row(project.revisions(), autogenDb.kind(), step));
        }
        return rows;
    }

    /**
     * {@code revision} at head, where the entities match: autogen compares and writes nothing ("No
     * changes in schema detected."); with its caches emptied, Hibernate boots as after an entity edit.
     */
    private static List<String> autogenCommand(String step) {
        return isRevision(step) ? List.of("revision", "-m", "nothing") : List.of(step);
    }

    private static boolean isRevision(String step) {
        return step.equals("revision") || step.equals("edited");
    }

    /**
     * What an entity edit leaves: a newer class file and the entity schemas to read again, while
     * the compiled migrations stay cached. The class keeps its bytes, so the comparison still finds
     * nothing to write and the history stays the same for the next run.
     */
    private void editOneEntity(HistoryProject project) throws IOException {
        launcher.emptyEntityCache();
        try (var classes = Files.walk(project.entityClasses())) {
            Path edited = classes.filter(p -> p.toString().endsWith(".class")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no entity class under " + project.entityClasses()));
            Files.setLastModifiedTime(edited, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        }
    }

    /**
     * Alembic's run of a step; {@code revision --autogenerate} writes an empty script even when the
     * models match, which is deleted so the history stays the same for the next step.
     */
    private Optional<ProcessTimer.Run> alembicRevisionLeavesNoFile(HistoryProject project, TargetDatabase database,
            String step) throws IOException, InterruptedException, SQLException {
        if (!isRevision(step)) {
            return alembic(project, database, List.of(step), 0);
        }
        Path versions = project.alembicFolder().resolve("versions");
        List<Path> before = listing(versions);
        Optional<ProcessTimer.Run> run = alembic(project, database, List.of("revision", "--autogenerate", "-m", "nothing"), 0);
        for (Path file : listing(versions)) {
            if (!before.contains(file) && file.getFileName().toString().endsWith(".py")) {
                Files.delete(file);
            }
        }
        return run;
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    private ProcessTimer.Run autogen(Path folder, List<String> arguments, int expectedExit)
            throws IOException, InterruptedException {
        ProcessTimer.Run run = launcher.run(folder, arguments);
        if (run.exitCode() != expectedExit) {
            throw new IllegalStateException("autogen " + String.join(" ", arguments) + " exited with " + run.exitCode()
                    + " in " + folder + ":\n" + launcher.lastOutput());
        }
        return run;
    }

    private Optional<ProcessTimer.Run> alembic(HistoryProject project, TargetDatabase database, List<String> arguments,
            int expectedExit)
            throws IOException, InterruptedException, SQLException {
        if (alembic.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(alembic.get().run(project.alembicFolder(), database.sqlalchemyUrl(), database.schema(),
                arguments, expectedExit));
    }

    /** The runs of one step, before taking medians. */
    private static final class Samples {
        private final List<ProcessTimer.Run> warm = new ArrayList<>();
        private final List<ProcessTimer.Run> cold = new ArrayList<>();
        private final List<ProcessTimer.Run> alembic = new ArrayList<>();

        void alembic(Optional<ProcessTimer.Run> run) {
            run.ifPresent(alembic::add);
        }

        HistoryRow row(int revisions, String database, String step) {
            return new HistoryRow(revisions, database, step, median(warm, ProcessTimer.Run::seconds),
                    median(cold, ProcessTimer.Run::seconds), median(alembic, ProcessTimer.Run::seconds),
                    median(warm, ProcessTimer.Run::cpuSeconds), median(cold, ProcessTimer.Run::cpuSeconds),
                    median(alembic, ProcessTimer.Run::cpuSeconds));
        }

        private static double median(List<ProcessTimer.Run> runs, ToDoubleFunction<ProcessTimer.Run> value) {
            return Stats.median(runs.stream().map(value::applyAsDouble).filter(v -> !Double.isNaN(v)).toList());
        }
    }

    private void progress(String step) {
        out.println("# " + step);
        out.flush();
    }
}
