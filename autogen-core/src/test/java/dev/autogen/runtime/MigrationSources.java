package dev.autogen.runtime;

import dev.autogen.script.ScriptDirectory;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Migration classes as a user writes them, in a folder {@link ScriptDirectory} compiles, and the
 * runtime run over them against a test database: the path {@code autogen upgrade} takes.
 */
final class MigrationSources {
    static final String PACKAGE = "m";
    private final Path folder;
    private final TestDatabase db;
    private int written;
    private MigrationPlanner planner;

    MigrationSources(TestDatabase db) {
        this.db = db;
        this.folder = db.workDir().resolve("migrations");
    }

    /** A first revision; bodies are Java statements on {@code op}. */
    MigrationSources first(String id, String upgrade, String downgrade) {
        return revision(id, List.of(), upgrade, downgrade);
    }

    MigrationSources revision(String id, String parent, String upgrade, String downgrade) {
        return revision(id, List.of(parent), upgrade, downgrade);
    }

    MigrationSources revision(String id, List<String> parents, String upgrade, String downgrade) {
        written++;
        planner = null;
        String className = "M%03d_R%s".formatted(written, id);
        String parentList = parents.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        String source = """
                package %s;

                import static dev.autogen.migration.Columns.*;

                import dev.autogen.migration.*;
                import dev.autogen.schema.ReferentialAction;
                import java.util.*;

                @Revision(id = "%s", parents = {%s}, message = "revision %s")
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                %s
                    }
                }
                """.formatted(PACKAGE, id, parentList, id, className, indent(upgrade), indent(downgrade));
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(className + ".java"), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path folder() {
        return folder;
    }

    /** Compiled once for each set of sources (compiling is the slow part of these tests). */
    MigrationPlanner planner() {
        if (planner == null) {
            planner = new MigrationPlanner(new ScriptDirectory(folder, PACKAGE).load());
        }
        return planner;
    }

    Migrator migrator(MigrationPlanner planner) {
        return new Migrator(db::connect, db.dialect(), "autogen_version", planner.infos(), line -> { });
    }

    /** Compiles the folder and runs the upgrades to {@code target}; returns the ids applied. */
    List<String> upgrade(String target) {
        MigrationPlanner planner = planner();
        Migrator migrator = migrator(planner);
        return ids(migrator.run(planner.upgrade(migrator.currentHeads(), target)));
    }

    List<String> downgrade(String target) {
        MigrationPlanner planner = planner();
        Migrator migrator = migrator(planner);
        return ids(migrator.run(planner.downgrade(migrator.currentHeads(), target)));
    }

    private static List<String> ids(List<MigrationStep> steps) {
        return steps.stream().map(s -> s.info().id()).toList();
    }

    private static String indent(String body) {
        return body.strip().lines().map(line -> "        " + line).collect(Collectors.joining("\n"));
    }
}
