package dev.autogen.schema;

import java.util.List;
import java.util.Optional;

/**
 * What a database does that no statement spells out: the names it gives constraints created
 * without one ({@code books_pkey} on PostgreSQL), the duplicate keys a {@code CREATE TABLE} folds
 * into one, the other names it knows a constraint by (SQLite's {@code sqlite_autoindex_books_1}).
 * The schema model asks it after every change, so the history replayed without a database holds
 * what the database would hold, names included.
 */
public interface ImplicitBehavior {

    /** A database that does nothing on its own: the model keeps what the statements say. */
    ImplicitBehavior NONE = new ImplicitBehavior() {
        @Override
        public Table stored(Optional<Table> before, Table after, Schema schema) {
            return after;
        }
    };

    /**
     * The table as the database holds it after a statement turned {@code before} (empty for a
     * {@code CREATE TABLE}) into {@code after}; {@code schema} is the schema before the statement
     * (holding {@code before}, if any), for the names already taken.
     */
    Table stored(Optional<Table> before, Table after, Schema schema);

    /**
     * True where a unique index and a unique constraint are one object (MySQL, MariaDB), so
     * reflection reads both as the constraint and {@code dropIndex} of a unique index drops it.
     */
    default boolean uniqueIndexIsConstraint() {
        return false;
    }

    /**
     * True where the database keeps a second unique key over the same columns as its own object
     * (MariaDB, MySQL): dropping the key means dropping every copy. PostgreSQL and SQLite fold it
     * into the first when the table is created.
     */
    default boolean keepsDuplicateUniqueKeys() {
        return false;
    }

    /** Names other than its own that the database knows {@code constraint} of {@code table} by. */
    default List<String> otherNames(Table table, Constraint constraint) {
        return List.of();
    }

    /**
     * True when the database chose {@code constraint}'s name itself, so the name autogen generates
     * for it ({@link ConstraintNames#generated}) may stand for it too: a file written against one
     * database then drops the same constraint on another.
     */
    default boolean isImplicitName(Table table, Constraint constraint) {
        return false;
    }

    /**
     * A name a migration writes, as the database stores it: PostgreSQL cuts a name longer than 63
     * bytes. The history replayed holds what the database holds, so a long name written by hand is
     * no change after {@code upgrade}, and the statement that names it again finds it.
     */
    default String storedName(String name) {
        return name;
    }
}
