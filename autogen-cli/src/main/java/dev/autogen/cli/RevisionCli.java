package dev.autogen.cli;

import dev.autogen.command.RevisionCommand;
import dev.autogen.command.RevisionRequest;
import dev.autogen.diff.Rename;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Autogenerate a migration from the difference between the entities and the database.")
final class RevisionCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the revision does.")
    private String message;

    @Option(names = "--autogenerate", description = "Accepted for Alembic habits; autogenerate is the default.")
    private boolean autogenerate;

    @Option(names = "--empty", description = "Write a blank revision to fill by hand.")
    private boolean empty;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id (12 lowercase hex digits).")
    private String revisionId;

    @Option(names = "--head", paramLabel = "REV", description = "Parent revision, when there are several heads.")
    private String head;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label for the new revision.")
    private String branchLabel;

    @Option(names = "--offline", description = "Compare the entities with the schema the migrations make at head,"
            + " replayed without a database (no connection; the URL only names the dialect).")
    private boolean offline;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "A rename, not a drop plus an add:"
            + " TABLE.OLD=NEW for a column, OLD=NEW for a table (repeatable; in order).")
    private List<String> renames = new ArrayList<>();

    @Option(names = "--safe", description = "Split changes that lock or scan a large table (PostgreSQL) into"
            + " expand/contract revisions: add nullable, backfill, check NOT VALID, validate, SET NOT NULL;"
            + " indexes concurrently.")
    private boolean safe;

    /**
     * {@code autogen revision [--autogenerate] -m MSG} and nothing more, as picocli would fill it in
     * ({@link PlainInvocation}).
     */
    static RevisionCli plain(AutogenCommand root, String message, boolean autogenerate) {
        RevisionCli command = new RevisionCli();
        command.root = root;
        command.message = message;
        command.autogenerate = autogenerate;
        return command;
    }

    @Override
    public Integer call() {
        RevisionRequest request = new RevisionRequest(message, empty, Optional.ofNullable(revisionId),
                Optional.ofNullable(head), Optional.ofNullable(branchLabel), offline,
                renames.stream().map(Rename::parse).toList());
        RevisionCommand.run(root.project(), request, safe);
        return 0;
    }
}
