package dev.autogen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.command.BaselineCommand;
import dev.autogen.command.BaselineRequest;
import dev.autogen.command.CheckCommand;
import dev.autogen.command.Project;
import dev.autogen.command.RevisionCommand;
import dev.autogen.command.RevisionRequest;
import dev.autogen.command.UpgradeCommand;
import dev.autogen.command.VerifyCommand;
import dev.autogen.config.AutogenConfig;
import dev.autogen.diff.ObjectNames;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.model.jpa.EntityModelReader;
import dev.autogen.model.jpa.EntitySource;
import dev.autogen.ops.Op;
import dev.autogen.runtime.HistoryModel;
import dev.autogen.schema.Schema;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import dev.autogen.verify.Finding;
import dev.autogen.verify.Report;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Oracle 4: a database Hibernate's own schema export made for the model that uses every mapping
 * shape ({@link HibernateExportOracleTest}'s) is adopted with {@code baseline}. The baseline,
 * replayed without a database, is the database (names included); {@code check} and
 * {@code verify} then pass. On SQLite, Hibernate's export leaves out what its dialect would add with
 * {@code alter table}: {@code check} reports exactly that, and one revision and upgrade later both
 * pass there too.
 */
class BaselineOracleTest {

    @DatabaseTest
    void aBaselineOfWhatHibernateExportedPassesCheckAndVerify(TestDatabase db) throws Exception {
        EntitySource source = HibernateExportOracleTest.richModel();
        Schema exported;
        try (Connection connection = db.connect()) {
            HibernateExportOracleTest.runHibernateExport(connection, source, db);
            exported = db.dialect().reflect(connection, name -> true);
        }
        Project project = project(db, source);

        String id = BaselineCommand.run(project, BaselineRequest.of("existing schema")).revisionId();

        Project adopted = project(db, source);
        HistoryModel history = adopted.history();
        Schema replayed = history.replay(List.of(id), Schema.EMPTY).schema();
        assertThat(SchemaDiff.compare(replayed, exported, db.dialect())).isEmpty();
        assertThat(ObjectNames.of(replayed)).isEqualTo(ObjectNames.of(exported));

        if (db.isSqlite()) {
            Schema entities = EntityModelReader.read(source, db.dialect());
            List<String> expected = HibernateExportOracleTest.whatHibernatesSqliteExportLeavesOut(entities).stream()
                    .map(Op::describe).toList();
            Report check = CheckCommand.run(adopted);
            assertThat(check.findings()).extracting(Finding::kind).containsOnly("schema-difference");
            assertThat(check.findings()).hasSameSizeAs(expected);
            RevisionCommand.run(adopted, RevisionRequest.autogenerate("keys hibernate left out"));
            UpgradeCommand.run(project(db, source), "head");
        }
        Report check = CheckCommand.run(project(db, source));
        assertThat(check.findings()).as(check.toString()).isEmpty();
        assertThat(check.exitCode()).isZero();
        Report verify = VerifyCommand.run(project(db, source), Optional.empty());
        assertThat(verify.findings()).as(verify.toString()).filteredOn(Finding::isError).isEmpty();
        assertThat(verify.exitCode()).isZero();
    }

    static Project project(TestDatabase db, EntitySource source) throws java.io.IOException {
        Path dir = db.workDir();
        java.nio.file.Files.createDirectories(dir.resolve("migrations"));
        AutogenConfig config = new AutogenConfig(dir, db.url(), Optional.empty(), Optional.empty(), Optional.empty(),
                dir.resolve("migrations"), "adopted.migrations", List.of(), source.classpath(), source.packages(), "default",
                "default", "autogen_version", List.of(), List.of(), Optional.empty(), List.of());
        List<String> log = new ArrayList<>();
        return new Project(config, log::add, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
    }
}
