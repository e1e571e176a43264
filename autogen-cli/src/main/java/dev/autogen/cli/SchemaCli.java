package dev.autogen.cli;

import dev.autogen.command.Project;
import dev.autogen.command.SchemaCommand;
import dev.autogen.diagram.SchemaDiagram;
import dev.autogen.diagram.SchemaListing;
import dev.autogen.schema.Schema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the entities' tables (or, with --database, the database's): a listing, or with"
                + " --mermaid an entity-relationship diagram.")
final class SchemaCli implements Callable<Integer> {
    @ParentCommand
    private AutogenCommand root;

    @Option(names = "--mermaid", description = "Print a Mermaid erDiagram instead of a listing.")
    private boolean mermaid;

    @Option(names = "--database", description = "Read the tables from the database instead of the entities.")
    private boolean database;

    @Override
    public Integer call() {
        Project project = root.project();
        Schema schema = database ? SchemaCommand.database(project) : SchemaCommand.entities(project);
        root.console().out().print(mermaid ? SchemaDiagram.render(schema) : SchemaListing.render(schema));
        return 0;
    }
}
