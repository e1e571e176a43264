package dev.autogen.benchmark;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar benchmark/target/benchmark.jar}: for each model size and database, prepares the
 * "before" state, then times the launcher's {@code revision} (and {@code check}, when this build
 * has it) as child processes, the phases in-process, and the one-query catalog floor; prints a
 * Markdown table and a start-up table.
 */
public final class Benchmark {
    private final BenchmarkOptions options;
    private final PrintStream out;
    private final Launcher launcher;
    private final Optional<Launcher> baseline;

    Benchmark(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.launcher = new Launcher(options.launcher(), options.work().resolve("logs"),
                options.work().resolve("cache"));
        this.baseline = options.baseline().map(b -> new Launcher(b, options.work().resolve("logs-baseline"),
                options.work().resolve("cache-baseline")));
    }

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    public static void main(String[] args) throws Exception {
        // Hibernate's "Database info" blocks would bury the progress lines and the table.
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        BenchmarkOptions options = BenchmarkOptions.parse(args, repository());
        if (!Files.isExecutable(options.launcher())) {
            throw new IllegalStateException(options.launcher() + " is missing: build first with"
                    + " 'mvn -B -q package -DskipTests'");
        }
        if (options.history()) {
            new HistoryBenchmark(options, System.out).run();
        } else {
            new Benchmark(options, System.out).run();
        }
    }

    void run() throws Exception {
        List<ResultRow> rows = new ArrayList<>();
        List<String[]> startup = List.of();
        int startupSize = 0;
        for (int size : options.sizes()) {
            SizeResult result = measureSize(size);
            rows.addAll(result.rows());
            if (startup.isEmpty() && result.startup() != null) {
                startup = result.startup();
                startupSize = size;
            }
        }
        out.println();
        ResultTable.print(rows, out);
        if (!startup.isEmpty()) {
            out.println();
            ResultTable.printStartup(startupSize, startup, out);
        }
    }

    private record SizeResult(List<ResultRow> rows, List<String[]> startup) {
    }

    private SizeResult measureSize(int size) throws Exception {
        EntityModel model = new EntityModel(size);
        Path folder = options.work().resolve("n" + size);
        Workload.deleteTree(folder.resolve("entities"));
        Path before = EntityCompiler.compile(model.sources(false), folder.resolve("entities/before"));
        Path after = EntityCompiler.compile(model.sources(true), folder.resolve("entities/after"));
        List<ResultRow> rows = new ArrayList<>();
        List<String[]> startup = null;
        for (String kind : options.databases()) {
            Path projectFolder = folder.resolve(kind);
            TargetDatabase database = kind.equals("sqlite") ? TargetDatabase.sqlite(projectFolder)
                    : TargetDatabase.postgres(options.postgresUrl(), options.postgresUser(), size);
            Workload workload = new Workload(model, database, projectFolder);
            progress("N=" + size + " " + kind + ": preparing the before state");
            workload.prepare(before, after);
            ResultRow row = measure(workload);
            rows.add(row);
            // Printed as soon as measured, so a long run that fails later still leaves its rows.
            ResultTable.printRow(row, out);
            if (kind.equals("sqlite") && startup == null) {
                startup = startup(workload);
            }
        }
        return new SizeResult(rows, startup);
    }

    private ResultRow measure(Workload workload) throws Exception {
        String label = "N=" + workload.model().size() + " " + workload.database().kind();
        progress(label + ": phases in-process");
        List<PhaseTimes> phases = phases(workload);
        progress(label + ": catalog floor");
        int[] rows = new int[1];
        List<Double> floor = new ArrayList<>();
        try (Connection c = workload.database().connect()) {
            CatalogFloor.measure(c, workload.database().isPostgres(), rows);
            for (int i = 0; i < options.phaseRuns(); i++) {
                floor.add(CatalogFloor.measure(c, workload.database().isPostgres(), rows));
            }
        }
        progress(label + ": autogen revision x" + options.runs() + ", entity cache empty and filled");
        Timings coldRevisions = processes(workload, List.of("revision", "-m", "bench"), 0, true);
        Timings revisions = processes(workload, List.of("revision", "-m", "bench"), 0);
        Timings checks = new Timings(List.of(), List.of());
        if (launcher.hasCommand(workload.folder(), "check")) {
            progress(label + ": autogen check x" + options.runs());
            checks = processes(workload, List.of("check"), 1);
        }
        List<Double> peaks = new ArrayList<>();
        revisions.runs().forEach(r -> peaks.add(r.peakMiB()));
        coldRevisions.runs().forEach(r -> peaks.add(r.peakMiB()));
        checks.runs().forEach(r -> peaks.add(r.peakMiB()));
        return new ResultRow(workload.model().size(), workload.database().kind(), medianSeconds(revisions.runs()),
                medianSeconds(coldRevisions.runs()), medianSeconds(coldRevisions.baselineRuns()), medianSeconds(checks.runs()), Stats.max(peaks),
                medianPhases(phases), Stats.median(floor), rows[0]);
    }

    /** Warm-up passes, then the measured ones; checks that the diff found the changes the model made. */
    private List<PhaseTimes> phases(Workload workload) throws Exception {
        PhaseTimes first = PhaseTimes.measure(workload);
        for (int i = 1; i < options.warmup(); i++) {
            PhaseTimes.measure(workload);
        }
        int expected = 2 * workload.model().changedCount();
        if (first.ops() != expected) {
            throw new IllegalStateException("the diff found " + first.ops() + " changes instead of " + expected
                    + " (one added and one altered column per changed entity) in " + workload.folder());
        }
        List<PhaseTimes> runs = new ArrayList<>();
        for (int i = 0; i < options.phaseRuns(); i++) {
            runs.add(PhaseTimes.measure(workload));
        }
        return runs;
    }

    private static PhaseTimes medianPhases(List<PhaseTimes> runs) {
        return new PhaseTimes(
                Stats.median(runs.stream().map(PhaseTimes::migrations).toList()),
                Stats.median(runs.stream().map(PhaseTimes::entitiesCached).toList()),
                Stats.median(runs.stream().map(PhaseTimes::entities).toList()),
                Stats.median(runs.stream().map(PhaseTimes::reflection).toList()),
                Stats.median(runs.stream().map(PhaseTimes::diff).toList()),
                Stats.median(runs.stream().map(PhaseTimes::render).toList()),
                runs.isEmpty() ? 0 : runs.get(0).ops());
    }

    /** Runs of the launcher and, when there is one, of the baseline launcher, taking turns. */
    private record Timings(List<ProcessTimer.Run> runs, List<ProcessTimer.Run> baselineRuns) {
    }

    private Timings processes(Workload workload, List<String> arguments, int expectedExit) throws Exception {
        return processes(workload, arguments, expectedExit, false);
    }

    /** With {@code emptyEntityCache}, each run of the launcher first forgets the entities' schema. */
    private Timings processes(Workload workload, List<String> arguments, int expectedExit, boolean emptyEntityCache)
            throws Exception {
        List<ProcessTimer.Run> runs = new ArrayList<>();
        List<ProcessTimer.Run> baselineRuns = new ArrayList<>();
        for (int i = 0; i < options.runs(); i++) {
            if (emptyEntityCache) {
                launcher.emptyEntityCache();
            }
            runs.add(process(launcher, workload, arguments, expectedExit));
            if (baseline.isPresent()) {
                baselineRuns.add(process(baseline.get(), workload, arguments, expectedExit));
            }
        }
        return new Timings(runs, baselineRuns);
    }

    private static ProcessTimer.Run process(Launcher launcher, Workload workload, List<String> arguments,
            int expectedExit) throws Exception {
        ProcessTimer.Run run = launcher.run(workload.folder(), arguments);
        workload.removeNewRevisions();
        if (run.exitCode() != expectedExit) {
            throw new IllegalStateException("autogen " + String.join(" ", arguments) + " exited with "
                    + run.exitCode() + " in " + workload.folder() + ":\n" + launcher.lastOutput());
        }
        return run;
    }

    /** Small commands on the smallest SQLite workload: what start-up costs. */
    private List<String[]> startup(Workload workload) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (List<String> command : List.of(List.of("--version"), List.of("heads"), List.of("current"),
                List.of("revision", "-m", "bench"))) {
            Timings timings = processes(workload, command, 0);
            List<Double> peaks = timings.runs().stream().map(ProcessTimer.Run::peakMiB).toList();
            rows.add(new String[] {"autogen " + String.join(" ", command),
                ResultTable.seconds(medianSeconds(timings.runs())),
                ResultTable.seconds(medianSeconds(timings.baselineRuns())), ResultTable.whole(Stats.max(peaks))});
        }
        return rows;
    }

    private static double medianSeconds(List<ProcessTimer.Run> runs) {
        return Stats.median(runs.stream().map(ProcessTimer.Run::seconds).toList());
    }

    private void progress(String step) {
        out.println("# " + step);
        out.flush();
    }

    /** The repository holding this jar (benchmark/target/benchmark.jar), or the working folder. */
    private static Path repository() throws URISyntaxException {
        Path jar = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = jar.getParent();
        if (jar.toString().endsWith(".jar") && target != null && target.getParent() != null
                && target.getParent().getParent() != null) {
            return target.getParent().getParent();
        }
        return Path.of("").toAbsolutePath();
    }
}
