package dev.autogen.command;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.ops.Op;
import dev.autogen.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the entities need of a schema: the changes {@code check} reports as schema differences.
 *
 * @param wanted the entities' schema, without the entities mapped onto the database's views
 * @param facts what the report says about those mapped views
 * @param needed the changes, in the order a revision would make them
 */
record EntityDiff(Schema wanted, List<String> facts, List<Op> needed) {
    EntityDiff {
        facts = List.copyOf(facts);
        needed = List.copyOf(needed);
    }

    static EntityDiff of(Schema entities, Set<String> views, Schema compared, Dialect dialect) {
        List<String> facts = new ArrayList<>();
        Schema wanted = MappedViews.leaveOut(entities, views, facts::add);
        return new EntityDiff(wanted, facts, SchemaDiff.compare(wanted, compared, dialect));
    }
}
