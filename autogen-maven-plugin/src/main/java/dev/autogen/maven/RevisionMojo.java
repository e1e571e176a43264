package dev.autogen.maven;

import dev.autogen.command.RevisionCommand;
import dev.autogen.command.RevisionRequest;
import dev.autogen.diff.Rename;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:revision -Dautogen.message="add age"}: writes a migration for the difference
 * between the entities and the database. The project is compiled first, so the entities are the
 * ones in the sources.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class RevisionMojo extends AutogenMojo {
    /** What the revision does. */
    @Parameter(property = "autogen.message", required = true)
    private String message;

    /** Write a blank revision to fill by hand. */
    @Parameter(property = "autogen.empty", defaultValue = "false")
    private boolean empty;

    /** Use this revision id (12 lowercase hex digits). */
    @Parameter(property = "autogen.revId")
    private String revId;

    /** Parent revision, when there are several heads. */
    @Parameter(property = "autogen.head")
    private String head;

    /** Branch label for the new revision. */
    @Parameter(property = "autogen.branchLabel")
    private String branchLabel;

    /** Compare with the schema the migrations make at head, replayed without a database. */
    @Parameter(property = "autogen.offline", defaultValue = "false")
    private boolean offline;

    /** Renames instead of a drop plus an add: {@code users.name=full_name} (a column), {@code users=people} (a table). */
    @Parameter(property = "autogen.rename")
    private List<String> renames = new ArrayList<>();

    /** Split changes that lock or scan a large PostgreSQL table into expand/contract revisions (docs/zero-downtime.md). */
    @Parameter(property = "autogen.safe", defaultValue = "false")
    private boolean safe;

    @Override
    void run() throws MojoExecutionException {
        RevisionCommand.run(projectWritingMigrations(), new RevisionRequest(message, empty, Optional.ofNullable(revId),
                Optional.ofNullable(head), Optional.ofNullable(branchLabel), offline,
                renames.stream().map(Rename::parse).toList()), safe);
    }
}
