package dev.autogen.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fleet of tenant schemas on one PostgreSQL: {@code autogen upgrade --targets} with 1, 2 and 4
 * jobs against a shell-style loop that starts {@code autogen upgrade} once per tenant. The loop
 * runs on a sample of the tenants and is scaled to all of them, since each of its runs is one whole
 * process and costs the same. Prints one table.
 *
 * <pre>java -cp benchmark/target/benchmark.jar dev.autogen.benchmark.FleetBenchmark --schemas 1000</pre>
 */
public final class FleetBenchmark {
    private static final int REVISIONS = 3;

    private FleetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int schemas = 1000;
        int loopSample = 20;
        String url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        Path autogen = Path.of("autogen").toAbsolutePath();
        Path work = Path.of("benchmark/target/fleet").toAbsolutePath();
        List<Integer> jobs = List.of(1, 2, 4);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--schemas" -> schemas = Integer.parseInt(args[++i]);
                case "--loop-sample" -> loopSample = Integer.parseInt(args[++i]);
                case "--pg-url" -> url = args[++i];
                case "--autogen" -> autogen = Path.of(args[++i]).toAbsolutePath();
                case "--work" -> work = Path.of(args[++i]).toAbsolutePath();
                case "--jobs" -> jobs = List.of(args[++i].split(",")).stream().map(Integer::parseInt).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --schemas N --loop-sample K --jobs 1,2,4 --pg-url URL --autogen PATH --work DIR)");
            }
        }
        HistoryProject project = new HistoryProject(REVISIONS, work.resolve("project"));
        project.write();
        Path folder = project.autogenFolder();
        String config = "url=" + url + "\n"
                + "script.location=" + folder.resolve("migrations") + "\n"
                + "script.package=" + HistoryProject.MIGRATIONS_PACKAGE + "\n";
        Files.writeString(folder.resolve("autogen.properties"), config, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < schemas; i++) {
            names.add(String.format("fleet_%05d", i));
        }
        Files.writeString(folder.resolve("targets.txt"), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        String head = HistoryProject.revisionId(REVISIONS);

        List<String[]> rows = new ArrayList<>();
        for (int j : jobs) {
            resetSchemas(url, names);
            System.err.printf(Locale.ROOT, "fleet: upgrade --targets %d schemas --jobs %d%n", schemas, j);
            long start = System.nanoTime();
            int exit = run(folder, List.of(autogen.toString(), "upgrade", "--targets", "targets.txt", "--jobs",
                    Integer.toString(j)), folder.resolve("fleet-" + j + ".log"));
            double seconds = (System.nanoTime() - start) / 1e9;
            requireAllAt(url, names, head, exit, "--jobs " + j);
            rows.add(new String[] {"fan-out, --jobs " + j, Integer.toString(schemas), format(seconds),
                    format(seconds * 1000 / schemas)});
        }
        rows.addAll(brokenTenantRounds(autogen, folder, url, names, head, jobs.get(jobs.size() - 1)));
        resetSchemas(url, names);
        int sample = Math.min(loopSample, schemas);
        System.err.printf(Locale.ROOT, "fleet: shell loop, %d single-target runs of autogen upgrade%n", sample);
        long start = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            Path single = folder.resolve("single.properties");
            Files.writeString(single, config + "schema=" + names.get(i) + "\n", StandardCharsets.UTF_8);
            int exit = run(folder, List.of(autogen.toString(), "-c", single.toString(), "upgrade", "head"),
                    folder.resolve("loop.log"));
            if (exit != 0) {
                throw new IllegalStateException("single-target upgrade of " + names.get(i) + " exited " + exit
                        + "; see " + folder.resolve("loop.log"));
            }
        }
        double loopSeconds = (System.nanoTime() - start) / 1e9;
        requireAllAt(url, names.subList(0, sample), head, 0, "the loop");
        double perTarget = loopSeconds / sample;
        rows.add(new String[] {"shell loop (" + sample + " runs, scaled)", Integer.toString(schemas),
                format(perTarget * schemas), format(perTarget * 1000)});
        print(rows, perTarget * schemas);
        dropSchemas(url, names);
    }

    /**
     * The fleet with one tenant broken on purpose (a table of the first revision already there): the
     * run must report it by name and exit non-zero with every other tenant at head; after the fix,
     * a rerun must upgrade that tenant alone.
     */
    private static List<String[]> brokenTenantRounds(Path autogen, Path folder, String url, List<String> names, String head,
            int jobs) throws IOException, InterruptedException, SQLException {
        resetSchemas(url, names);
        String broken = names.get(names.size() / 2);
        execute(url, "CREATE TABLE " + broken + "." + HistoryProject.tableName(1) + " (in_the_way integer)");
        System.err.printf(Locale.ROOT, "fleet: upgrade --targets with %s broken, --jobs %d%n", broken, jobs);
        Path log = folder.resolve("fleet-broken.log");
        Files.deleteIfExists(log);
        long start = System.nanoTime();
        int brokenExit = run(folder, fleetUpgrade(autogen, jobs), log);
        double brokenSeconds = (System.nanoTime() - start) / 1e9;
        String report = Files.readString(log, StandardCharsets.UTF_8);
        if (brokenExit == 0 || !report.contains(broken + ": FAILED")) {
            throw new IllegalStateException("the broken tenant " + broken + " was not reported (exit " + brokenExit
                    + "); see " + log);
        }
        List<String> others = new ArrayList<>(names);
        others.remove(broken);
        requireAllAt(url, others, head, 0, "the run with " + broken + " broken");

        execute(url, "DROP TABLE " + broken + "." + HistoryProject.tableName(1));
        System.err.printf(Locale.ROOT, "fleet: rerun after the fix, --jobs %d%n", jobs);
        Path rerunLog = folder.resolve("fleet-rerun.log");
        Files.deleteIfExists(rerunLog);
        start = System.nanoTime();
        int exit = run(folder, fleetUpgrade(autogen, jobs), rerunLog);
        double rerunSeconds = (System.nanoTime() - start) / 1e9;
        requireAllAt(url, names, head, exit, "the rerun after the fix");
        long upgraded = Files.readAllLines(rerunLog, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("] ") && line.contains(" -> ")).count();
        if (upgraded != 1) {
            throw new IllegalStateException("the rerun upgraded " + upgraded + " tenants, not only " + broken
                    + "; see " + rerunLog);
        }
        int n = names.size();
        return List.of(
                new String[] {"fan-out, --jobs " + jobs + ", " + broken + " broken (reported, exit " + brokenExit + ")",
                        Integer.toString(n), format(brokenSeconds), format(brokenSeconds * 1000 / n)},
                new String[] {"rerun after the fix (upgrades " + broken + " alone)", Integer.toString(n),
                        format(rerunSeconds), format(rerunSeconds * 1000 / n)});
    }

    private static List<String> fleetUpgrade(Path autogen, int jobs) {
        return List.of(autogen.toString(), "upgrade", "--targets", "targets.txt", "--jobs", Integer.toString(jobs));
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void print(List<String[]> rows, double loopTotal) {
        System.out.println("| mode | targets | seconds | ms per target | loop / this |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String[] row : rows) {
            double seconds = Double.parseDouble(row[2]);
            System.out.println("| " + row[0] + " | " + row[1] + " | " + row[2] + " | " + row[3] + " | "
                    + String.format(Locale.ROOT, "%.1fx", loopTotal / seconds) + " |");
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static int run(Path folder, List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return process.waitFor();
    }

    private static void resetSchemas(String url, List<String> names) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String name : names) {
                s.addBatch("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                s.addBatch("CREATE SCHEMA " + name);
            }
            s.executeBatch();
        }
    }

    private static void dropSchemas(String url, List<String> names) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String name : names) {
                s.addBatch("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
            s.executeBatch();
        }
    }

    /** Every schema is at head: a run that reports success but left a tenant behind is a failure. */
    private static void requireAllAt(String url, List<String> names, String head, int exit, String what)
            throws SQLException {
        int behind = 0;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = s.executeQuery("SELECT version_num FROM " + name + ".autogen_version")) {
                    if (!rs.next() || !head.equals(rs.getString(1))) {
                        behind++;
                    }
                }
            }
        }
        if (exit != 0 || behind > 0) {
            throw new IllegalStateException(what + ": exit " + exit + ", " + behind + " of " + names.size()
                    + " schemas not at " + head);
        }
    }
}
