package dev.autogen.dialect.mysql;

import dev.autogen.schema.Constraint;
import dev.autogen.schema.ImplicitBehavior;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueKeys;
import java.util.List;
import java.util.Optional;

/**
 * What MySQL and MariaDB do beyond the statement: they name every unnamed constraint
 * ({@link MysqlConstraintNames}), and a unique index is a unique key, read back as the constraint.
 */
final class MysqlImplicitBehavior implements ImplicitBehavior {
    private final MysqlServer server;

    MysqlImplicitBehavior(MysqlServer server) {
        this.server = server;
    }

    @Override
    public Table stored(Optional<Table> before, Table after, Schema schema) {
        return MysqlConstraintNames.named(UniqueKeys.asConstraints(after), schema, server);
    }

    @Override
    public boolean uniqueIndexIsConstraint() {
        return true;
    }

    /** Two unique keys over the same columns are two objects, each blocking a drop of one of the columns. */
    @Override
    public boolean keepsDuplicateUniqueKeys() {
        return true;
    }

    /** The server calls every primary key PRIMARY. */
    @Override
    public List<String> otherNames(Table table, Constraint constraint) {
        return constraint instanceof PrimaryKey ? List.of("PRIMARY") : List.of();
    }

    @Override
    public boolean isImplicitName(Table table, Constraint constraint) {
        return MysqlConstraintNames.isNamedByServer(table, constraint, server);
    }
}
