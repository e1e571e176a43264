package dev.autogen.benchmark;

import dev.autogen.command.Project;
import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.Dialect;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.model.jpa.EntityModelReader;
import dev.autogen.model.jpa.EntitySource;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.render.MigrationRenderer;
import dev.autogen.schema.Schema;
import dev.autogen.revision.RevisionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The phases of {@code autogen revision} timed one by one inside this JVM (milliseconds), through
 * the calls the command makes: compiling and loading the migrations, reading the entities (from the
 * entity schema cache as a command does, and again through Hibernate's boot metadata, as the first
 * run after an edit does), reflecting the database on an open connection, diffing, rendering.
 */
record PhaseTimes(double migrations, double entitiesCached, double entities, double reflection, double diff,
        double render, int ops) {

    static PhaseTimes measure(Workload workload) throws SQLException {
        Project project = workload.project();
        AutogenConfig config = project.config();
        Dialect dialect = project.dialect();
        long start = System.nanoTime();
        List<String> heads = project.graph().heads();
        double migrations = since(start);

        EntitySource source = new EntitySource(config.entitiesClasspath(), config.entitiesPackages(),
                config.namingPhysical(), config.namingImplicit());
        start = System.nanoTime();
        Schema target = EntityModelReader.read(source, dialect).filterTables(config.tableFilter());
        double entitiesCached = since(start);

        start = System.nanoTime();
        Schema booted = EntityModelReader.readWithoutCache(source, dialect).filterTables(config.tableFilter());
        double entities = since(start);
        if (!booted.equals(target)) {
            throw new IllegalStateException("the cached entity schema differs from Hibernate's in " + workload.folder());
        }

        Schema actual;
        double reflection;
        try (Connection c = project.connect()) {
            start = System.nanoTime();
            actual = dialect.reflect(c, config.tableFilter());
            reflection = since(start);
        }
        start = System.nanoTime();
        List<Op> ops = SchemaDiff.compare(target, actual, dialect);
        double diff = since(start);

        start = System.nanoTime();
        RevisionInfo info = new RevisionInfo("0123456789ab", heads, "bench", "2026-01-01T00:00:00Z", List.of());
        MigrationRenderer.render(info, config.scriptPackage(), new MigrationPlan(ops));
        double render = since(start);
        return new PhaseTimes(migrations, entitiesCached, entities, reflection, diff, render, ops.size());
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
