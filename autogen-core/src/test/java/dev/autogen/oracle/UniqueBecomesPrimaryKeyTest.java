package dev.autogen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue 10's gap: a table whose {@code id} is only unique in model A becomes the table's primary
 * key in model B, with an id that is not an integer (on SQLite no rowid alias, so the key is an
 * index of its own and the change a rebuild). Upgrade and downgrade run over rows, through the
 * random-pair oracle's round trip: every row kept, the database at B and back at A, both ways.
 */
class UniqueBecomesPrimaryKeyTest {
    private static final List<ColumnType> ID_TYPES = List.of(new ColumnType.Varchar(40), new ColumnType.Uuid());

    private static Schema tags(ColumnType idType, boolean nullable, Optional<PrimaryKey> key,
            List<UniqueConstraint> uniques) {
        return new Schema(List.of(Table.builder("tags")
                .column(Column.builder("id", idType).nullable(nullable).build())
                .column(Column.builder("name", new ColumnType.Varchar(40)).build())
                .primaryKey(key).uniqueConstraints(uniques).build()), List.of());
    }

    @DatabaseTest
    void aUniqueIdBecomesThePrimaryKeyWithItsRows(TestDatabase db) throws Exception {
        PrimaryKey key = new PrimaryKey(Optional.empty(), List.of("id"));
        UniqueConstraint unnamed = new UniqueConstraint(Optional.empty(), List.of("id"));
        UniqueConstraint named = UniqueConstraint.of("uk_tags_id", "id");
        List<String> failures = new ArrayList<>();
        try (ScratchDatabases scratch = new ScratchDatabases(db)) {
            for (ColumnType type : ID_TYPES) {
                for (UniqueConstraint unique : List.of(unnamed, named)) {
                    for (boolean nullableAtA : List.of(true, false)) {
                        Schema a = tags(type, nullableAtA, Optional.empty(), List.of(unique));
                        // B with the unique dropped, and with it kept beside the key.
                        for (List<UniqueConstraint> atB : List.of(List.<UniqueConstraint>of(), List.of(unique))) {
                            Schema b = tags(type, false, Optional.of(key), atB);
                            for (Schema[] pair : List.of(new Schema[] {a, b}, new Schema[] {b, a})) {
                                MigrationRoundTrip roundTrip = new MigrationRoundTrip(db.dialect(), scratch.next(),
                                        scratch.migrations());
                                MigrationRoundTrip.Outcome outcome = roundTrip.runInProcess(scratch.connection(),
                                        pair[0], pair[1]);
                                String name = type + (nullableAtA ? " nullable" : "") + " " + unique + " -> " + atB
                                        + (pair[0] == a ? "" : " (reversed)");
                                outcome.failures().forEach(f -> failures.add(name + ": " + f));
                                if (roundTrip.refusals() > 0) {
                                    failures.add(name + ": a step was refused, rows were not carried across");
                                }
                                if (roundTrip.rowsSeen() == 0) {
                                    failures.add(name + ": no rows were carried across");
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
