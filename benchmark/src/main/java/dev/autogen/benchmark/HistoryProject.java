package dev.autogen.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A long history written twice, once for autogen and once for Alembic: R revisions in a chain,
 * each creating one table ({@code id}, a varchar(50) NOT NULL, a varchar(200), a timestamp), and
 * the entities (SQLAlchemy tables) that match the schema at head, so {@code check} finds nothing.
 */
final class HistoryProject {
    static final String MIGRATIONS_PACKAGE = "bench.history";

    private final int revisions;
    private final Path folder;

    HistoryProject(int revisions, Path folder) {
        if (revisions < 1) {
            throw new IllegalArgumentException("a history needs at least one revision, not " + revisions);
        }
        this.revisions = revisions;
        this.folder = folder;
    }

    int revisions() {
        return revisions;
    }

    Path autogenFolder() {
        return folder.resolve("autogen");
    }

    Path alembicFolder() {
        return folder.resolve("alembic");
    }

    /** Writes both projects; the entities are compiled once and shared by the databases. */
    void write() throws IOException {
        Workload.deleteTree(folder);
        Path migrations = autogenFolder().resolve("migrations");
        Files.createDirectories(migrations);
        for (int i = 1; i <= revisions; i++) {
            Files.writeString(migrations.resolve(className(i) + ".java"), migration(i), StandardCharsets.UTF_8);
        }
        EntityCompiler.compile(entities(), autogenFolder().resolve("entities"));
        writeAlembic();
    }

    Path entityClasses() {
        return autogenFolder().resolve("entities/classes");
    }

    /** The autogen.properties of one database's copy of the project. */
    String autogenConfig(TargetDatabase database) {
        return database.configLines()
                + "script.location=" + autogenFolder().resolve("migrations").toAbsolutePath() + "\n"
                + "script.package=" + MIGRATIONS_PACKAGE + "\n"
                + "entities.classpath=" + entityClasses().toAbsolutePath() + "\n"
                + "entities.packages=" + EntityModel.PACKAGE + "\n";
    }

    static String revisionId(int i) {
        return String.format("%012x", 0xbe0000000000L + i);
    }

    static String tableName(int i) {
        return String.format("h%04d", i);
    }

    private static String className(int i) {
        return String.format("M20260101%06d_CreateH%04d", i, i);
    }

    private static String migration(int i) {
        String parents = i == 1 ? "" : "\n        parents = {\"" + revisionId(i - 1) + "\"},";
        String table = tableName(i);
        return """
                package %s;

                import static dev.autogen.migration.Columns.column;
                import static dev.autogen.migration.Columns.primaryKey;

                import dev.autogen.migration.Migration;
                import dev.autogen.migration.Operations;
                import dev.autogen.migration.Revision;
                import dev.autogen.migration.Type;

                /** create %s */
                @Revision(
                        id = "%s",%s
                        message = "create %s",
                        created = "2026-01-01T00:00:00Z"
                )
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("%s",
                                column("id", Type.bigint()).notNull().identity(),
                                column("name", Type.varchar(50)).notNull(),
                                column("description", Type.varchar(200)),
                                column("created_at", Type.timestamp()),
                                primaryKey("id"));
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("%s");
                    }
                }
                """.formatted(MIGRATIONS_PACKAGE, table, revisionId(i), parents, table, className(i), table, table);
    }

    private List<EntityModel.Source> entities() {
        List<EntityModel.Source> sources = new ArrayList<>(revisions);
        for (int i = 1; i <= revisions; i++) {
            String name = String.format("H%04d", i);
            sources.add(new EntityModel.Source(name, """
                    package %s;

                    import jakarta.persistence.*;
                    import java.time.LocalDateTime;

                    @Entity
                    @Table(name = "%s")
                    public class %s {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(nullable = false, length = 50) String name;
                        @Column(length = 200) String description;
                        @Column(name = "created_at") LocalDateTime createdAt;
                    }
                    """.formatted(EntityModel.PACKAGE, tableName(i), name)));
        }
        return sources;
    }

    /**
     * The same history for Alembic: {@code versions/} with one script per revision, and
     * {@code models.py} holding the tables at head as {@code target_metadata} for {@code check}.
     * The database URL comes from {@code -x url=...}, so one folder serves both databases.
     */
    private void writeAlembic() throws IOException {
        Path root = alembicFolder();
        Path versions = root.resolve("versions");
        Files.createDirectories(versions);
        Files.writeString(root.resolve("alembic.ini"), """
                [alembic]
                script_location = %s
                """.formatted(root.toAbsolutePath()), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("env.py"), """
                import sys
                from alembic import context
                from sqlalchemy import create_engine
                sys.path.insert(0, context.script.dir)
                from models import metadata

                args = context.get_x_argument(as_dictionary=True)
                connect_args = {}
                if args.get("schema"):
                    connect_args["options"] = "-csearch_path=" + args["schema"]
                engine = create_engine(args["url"], connect_args=connect_args)
                with engine.connect() as connection:
                    context.configure(connection=connection, target_metadata=metadata)
                    with context.begin_transaction():
                        context.run_migrations()
                """, StandardCharsets.UTF_8);
        // Alembic's generic template, for `revision --autogenerate`.
        Files.writeString(root.resolve("script.py.mako"), """
                \"""${message}

                Revision ID: ${up_revision}
                Revises: ${down_revision | comma,n}
                Create Date: ${create_date}

                \"""
                from alembic import op
                import sqlalchemy as sa
                ${imports if imports else ""}

                revision = ${repr(up_revision)}
                down_revision = ${repr(down_revision)}
                branch_labels = ${repr(branch_labels)}
                depends_on = ${repr(depends_on)}


                def upgrade():
                    ${upgrades if upgrades else "pass"}


                def downgrade():
                    ${downgrades if downgrades else "pass"}
                """, StandardCharsets.UTF_8);
        StringBuilder models = new StringBuilder("""
                from sqlalchemy import MetaData, Table, Column, BigInteger, String, DateTime
                metadata = MetaData()
                """);
        for (int i = 1; i <= revisions; i++) {
            String table = tableName(i);
            models.append(("Table(\"%s\", metadata, Column(\"id\", BigInteger, primary_key=True),"
                    + " Column(\"name\", String(50), nullable=False), Column(\"description\", String(200)),"
                    + " Column(\"created_at\", DateTime))\n").formatted(table));
            Files.writeString(versions.resolve(String.format("r%04d_create_%s.py", i, table)), """
                    \"\"\"create %s\"\"\"
                    from alembic import op
                    import sqlalchemy as sa

                    revision = "%s"
                    down_revision = %s
                    branch_labels = None
                    depends_on = None


                    def upgrade():
                        op.create_table("%s",
                            sa.Column("id", sa.BigInteger(), primary_key=True),
                            sa.Column("name", sa.String(50), nullable=False),
                            sa.Column("description", sa.String(200)),
                            sa.Column("created_at", sa.DateTime()))


                    def downgrade():
                        op.drop_table("%s")
                    """.formatted(table, revisionId(i), i == 1 ? "None" : "\"" + revisionId(i - 1) + "\"", table,
                    table), StandardCharsets.UTF_8);
        }
        Files.writeString(root.resolve("models.py"), models.toString(), StandardCharsets.UTF_8);
    }
}
