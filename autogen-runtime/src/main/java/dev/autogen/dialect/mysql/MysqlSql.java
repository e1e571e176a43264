package dev.autogen.dialect.mysql;

import dev.autogen.AutogenException;
import dev.autogen.dialect.sql.ExistingConstraints;
import dev.autogen.dialect.sql.StandardSql;
import dev.autogen.ops.DropSchema;
import dev.autogen.ops.CreateSchema;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSequence;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * The MySQL and MariaDB statements for each op. Each statement commits on its own there, so an op
 * that needs two changes writes them as one ALTER TABLE where the server allows it. Pure:
 * {@code before} answers what an op does not carry.
 */
final class MysqlSql extends StandardSql {
    private final MysqlServer server;

    MysqlSql(Schema before, MysqlServer server) {
        super(before, MysqlDdl.STANDARD);
        this.server = server;
    }

    @Override
    protected String literal(Object value) {
        return MysqlLiterals.value(value);
    }

    @Override
    protected String insertDefaults(String table) {
        return "INSERT INTO " + ddl().quote(table) + " () VALUES ()";
    }

    @Override
    public List<String> visitCreateTable(CreateTable op) {
        return MysqlDdl.createTable(op.table(), server);
    }

    @Override
    public List<String> visitAddColumn(AddColumn op) {
        return List.of("ALTER TABLE " + ddl().quote(op.table()) + " ADD COLUMN "
                + MysqlDdl.column(op.table(), op.column(), server));
    }

    /**
     * PostgreSQL drops a column's foreign keys with it; MySQL refuses while a key uses the column,
     * so the keys (and the indexes the server made for them) go first, in the same statement.
     */
    @Override
    public List<String> visitDropColumn(DropColumn op) {
        String column = op.column().name();
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(ddl().quote(op.table()));
        before().table(op.table()).ifPresent(t -> t.foreignKeys().stream()
                .filter(fk -> fk.columns().contains(column) && fk.name().isPresent())
                .forEach(fk -> sql.append(dropForeignKey(t, fk)).append(',')));
        return List.of(sql.append(" DROP COLUMN ").append(ddl().quote(column)).toString());
    }

    /** {@code DROP FOREIGN KEY name[, DROP INDEX name]}: the index too when the server made it for the key. */
    private String dropForeignKey(Table table, ForeignKey fk) {
        String name = fk.name().orElseThrow();
        String sql = " DROP FOREIGN KEY " + ddl().quote(name);
        if (!MysqlForeignKeyIndexes.isServedByOtherIndex(table, fk)) {
            sql += ", DROP INDEX " + ddl().quote(MysqlForeignKeyIndexes.indexName(fk, table.name()));
        }
        return sql;
    }

    /** MODIFY restates the whole column: type, nullability, default, identity and comment together. */
    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        String from = MysqlDdl.column(op.table(), op.from(), server);
        String to = MysqlDdl.column(op.table(), op.to(), server);
        if (from.equals(to)) {
            return List.of();
        }
        return List.of("ALTER TABLE " + ddl().quote(op.table()) + " MODIFY COLUMN " + to);
    }

    @Override
    public List<String> visitDropIndex(DropIndex op) {
        String keep = keepForeignKeysIndexed(op.table(), op.index().name());
        if (!keep.isEmpty()) {
            return List.of("ALTER TABLE " + ddl().quote(op.table()) + " DROP INDEX " + ddl().quote(op.index().name())
                    + keep);
        }
        return List.of("DROP INDEX " + ddl().quote(op.index().name()) + " ON " + ddl().quote(op.table()));
    }

    /** {@code , ADD INDEX fk (columns)} for each foreign key that only the dropped index served. */
    private String keepForeignKeysIndexed(String tableName, String dropped) {
        StringBuilder sql = new StringBuilder();
        before().table(tableName).ifPresent(t -> MysqlForeignKeyIndexes.servedOnlyBy(t, dropped).forEach(fk ->
                sql.append(", ADD INDEX ").append(ddl().quote(MysqlForeignKeyIndexes.indexName(fk, tableName)))
                        .append(' ').append(ddl().columnList(fk.columns()))));
        return sql.toString();
    }

    /**
     * A foreign key that carries a name the server gives ({@code <table>_ibfk_<n>}, read from a key
     * once created unnamed) gets the index the server gave it then, named after its first column:
     * left to itself, the server would name the new index after the key, and the key would no
     * longer look like the one it was.
     */
    @Override
    public List<String> visitAddConstraint(AddConstraint op) {
        Constraint constraint = MysqlDdl.withMysqlQuotes(op.constraint());
        if (constraint.name().isEmpty() && (constraint instanceof ForeignKey || constraint instanceof UniqueConstraint)) {
            // Where the server cannot name it (the name would pass 64 characters), autogen does, as the model does.
            Table.Builder with = before().table(op.table()).orElse(Table.builder(op.table()).build()).toBuilder();
            if (constraint instanceof ForeignKey fk) {
                List<ForeignKey> named = MysqlDdl.withNamesTheServerCannotGive(with.foreignKey(fk).build(), server).foreignKeys();
                constraint = named.get(named.size() - 1);
            } else {
                List<UniqueConstraint> named = MysqlDdl.withNamesTheServerCannotGive(
                        with.uniqueConstraint((UniqueConstraint) constraint).build(), server).uniqueConstraints();
                constraint = named.get(named.size() - 1);
            }
        }
        if (constraint instanceof ForeignKey fk && MysqlForeignKeyIndexes.hasServerName(fk, op.table())) {
            Optional<Table> table = before().table(op.table());
            if (table.isPresent() && !MysqlForeignKeyIndexes.isServedByOtherIndex(table.get(), fk)) {
                return List.of("ALTER TABLE " + ddl().quote(op.table()) + " ADD INDEX "
                        + ddl().quote(MysqlForeignKeyIndexes.indexName(fk, op.table())) + " "
                        + ddl().columnList(fk.columns()) + ", ADD " + ddl().constraint(constraint));
            }
        }
        return List.of(ddl().addConstraint(op.table(), constraint));
    }

    /**
     * Each kind is dropped its own way. A unique key is an index. A foreign key leaves behind the
     * index the server made for it when no other index served, so that index goes in the same statement.
     */
    @Override
    public List<String> visitDropConstraint(DropConstraint op) {
        String table = ddl().quote(op.table());
        Constraint constraint = op.constraint();
        if (constraint instanceof PrimaryKey pk) {
            requireNoIdentityIn(op.table(), pk);
            return List.of("ALTER TABLE " + table + " DROP PRIMARY KEY");
        }
        String name = ddl().quote(nameOf(op.table(), constraint));
        if (constraint instanceof ForeignKey fk) {
            ForeignKey named = fk.withName(Optional.of(nameOf(op.table(), fk)));
            Table current = before().table(op.table()).orElse(Table.builder(op.table()).build());
            return List.of("ALTER TABLE " + table + dropForeignKey(current, named));
        } else if (constraint instanceof CheckConstraint) {
            return List.of("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
        }
        return List.of("ALTER TABLE " + table + " DROP INDEX " + name
                + keepForeignKeysIndexed(op.table(), nameOf(op.table(), constraint)));
    }

    /** An AUTO_INCREMENT column must be a key: without one the server refuses the drop. */
    private void requireNoIdentityIn(String table, PrimaryKey pk) {
        before().table(table).ifPresent(t -> t.columns().stream()
                .filter(c -> c.identity() && pk.columns().contains(c.name())
                        && t.uniqueConstraints().stream().noneMatch(u -> u.columns().get(0).equals(c.name()))
                        && t.indexes().stream().noneMatch(i -> i.columns().get(0).equals(c.name())))
                .findFirst().ifPresent(c -> {
                    throw new AutogenException("cannot drop the primary key of " + table + ": its column " + c.name()
                            + " is AUTO_INCREMENT, which MySQL and MariaDB allow only on a key column; drop the"
                            + " identity first (alterColumn) or add a unique key or index on " + c.name());
                }));
    }

    private String nameOf(String table, Constraint constraint) {
        if (constraint.name().isPresent()) {
            return constraint.name().get();
        }
        return ExistingConstraints.nameOf(table, constraint, before(),
                (a, b) -> MysqlExpressions.canonicalCondition(a).equals(MysqlExpressions.canonicalCondition(b)))
                .orElseThrow(() -> new AutogenException("cannot drop the unnamed " + constraint + " of " + table
                        + ": it is not in the schema the migration started from, and MySQL drops constraints by"
                        + " name only; name it in the migration"));
    }

    @Override
    public List<String> visitCreateSequence(CreateSequence op) {
        requireSequences(op.sequence().name(), "created");
        return List.of("CREATE SEQUENCE " + ddl().quote(op.sequence().name()) + " START WITH " + op.sequence().start()
                + " INCREMENT BY " + op.sequence().increment());
    }

    @Override
    public List<String> visitDropSequence(DropSequence op) {
        requireSequences(op.sequence().name(), "dropped");
        return List.of("DROP SEQUENCE " + ddl().quote(op.sequence().name()));
    }

    @Override
    public List<String> visitAlterSequence(AlterSequence op) {
        requireSequences(op.name(), "altered");
        if (op.from().equals(op.to())) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE ").append(ddl().quote(op.name()));
        if (op.from().increment() != op.to().increment()) {
            sql.append(" INCREMENT BY ").append(op.to().increment());
        }
        if (op.from().start() != op.to().start()) {
            sql.append(" START WITH ").append(op.to().start());
        }
        return List.of(sql.toString());
    }

    @Override
    public List<String> visitAlterTableComment(AlterTableComment op) {
        return List.of(MysqlDdl.tableComment(op.table(), op.to()));
    }

    private void requireSequences(String name, String done) {
        if (server == MysqlServer.MYSQL) {
            throw new AutogenException("MySQL has no sequences, so sequence " + name + " cannot be " + done
                    + "; on MySQL Hibernate emulates sequences with tables: map the generator to a table"
                    + " or leave the call out");
        }
    }

    /** A schema is a database on MySQL and MariaDB. */
    @Override
    public List<String> visitCreateSchema(CreateSchema op) {
        return List.of("CREATE DATABASE " + ddl().quote(op.name()));
    }

    /**
     * DROP DATABASE would take whatever the database still holds with it, where PostgreSQL's DROP
     * SCHEMA refuses: a guard statement runs first and fails while the database holds a table (the
     * revision's own are gone by then, as their drops come first). MariaDB raises a sentence of its
     * own from an anonymous block; MySQL has none, so a subquery that must return one row returns two.
     */
    @Override
    public List<String> visitDropSchema(DropSchema op) {
        String name = MysqlLiterals.string(op.name());
        String tables = "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = " + name;
        String guard = server == MysqlServer.MARIADB
                ? "BEGIN NOT ATOMIC IF EXISTS (" + tables + ") THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
                        + MysqlLiterals.string("database " + op.name() + " still holds tables no revision created;"
                                + " drop or move them, then run again") + "; END IF; END"
                : "DO (SELECT 0 UNION " + tables + ")";
        return List.of(guard, "DROP DATABASE " + ddl().quote(op.name()));
    }
}
