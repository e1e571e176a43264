package dev.autogen.schema;

import java.util.Optional;

/**
 * A table constraint. Names are optional because a database may not report them (SQLite keeps no
 * names for most constraints) and because generated names carry no meaning: the diff pairs
 * constraints by what they cover, never by name alone.
 */
public sealed interface Constraint permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {
    Optional<String> name();

    /** The constraint under another name, or none; used when a database reports no name. */
    Constraint withName(Optional<String> name);
}
