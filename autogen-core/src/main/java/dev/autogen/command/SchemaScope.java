package dev.autogen.command;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.ops.CreateSchema;
import dev.autogen.ops.Op;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The schemas a project spans: the connection's own and those the {@code schemas} setting lists.
 * Entities in any other schema are refused (reflection reads only the listed ones, so such tables
 * would be created on every revision), and a revision creates a listed schema its tables need when
 * the database lacks it, so the downgrade drops only a schema that revision created.
 */
final class SchemaScope {
    private SchemaScope() {
    }

    /** {@code entities}, once every schema they name is one {@code schemas} lists. */
    static Schema require(Schema entities, AutogenConfig config) {
        for (Table table : entities.tables()) {
            requireListed(table.name(), "table", config);
        }
        for (Sequence sequence : entities.sequences()) {
            requireListed(sequence.name(), "sequence", config);
        }
        return entities;
    }

    private static void requireListed(String name, String what, AutogenConfig config) {
        Optional<String> schema = QualifiedName.schemaOf(name);
        if (schema.isPresent() && !config.schemas().contains(schema.get())) {
            throw new AutogenException("the entities put " + what + " " + name + " in schema " + schema.get()
                    + ", which 'schemas' in autogen.properties does not list; add it (schemas = "
                    + String.join(", ", Stream.concat(config.schemas().stream(), schema.stream()).toList()) + ")");
        }
    }

    /** The schemas the tables and sequences of {@code schema} are named into. */
    static Set<String> used(Schema schema) {
        Set<String> used = new TreeSet<>();
        schema.tables().forEach(t -> QualifiedName.schemaOf(t.name()).ifPresent(used::add));
        schema.sequences().forEach(s -> QualifiedName.schemaOf(s.name()).ifPresent(used::add));
        return used;
    }

    /** {@code ops} after a {@link CreateSchema} for each schema {@code wanted} uses and {@code existing} lacks. */
    static List<Op> creatingMissing(List<Op> ops, Schema wanted, Collection<String> existing) {
        List<Op> result = new ArrayList<>();
        used(wanted).stream().filter(s -> !existing.contains(s)).forEach(s -> result.add(new CreateSchema(s)));
        if (result.isEmpty()) {
            return ops;
        }
        result.addAll(ops);
        return List.copyOf(result);
    }
}
