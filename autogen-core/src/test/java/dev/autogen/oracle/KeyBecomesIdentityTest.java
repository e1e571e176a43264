package dev.autogen.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.testing.DatabaseTest;
import dev.autogen.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The random-pair oracle on MariaDB (seed 141414): a two-column key shrinks to {@code id}, which
 * starts generating its values. MariaDB refuses an AUTO_INCREMENT column no key covers, so the
 * column becomes an identity only once its key is there, and stops being one before the key goes.
 * Both ways, over rows, on every database.
 */
class KeyBecomesIdentityTest {
    private static Schema orders(boolean identity, List<String> key) {
        return new Schema(List.of(Table.builder("orders")
                .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).identity(identity).build())
                .column(Column.builder("price", new ColumnType.Numeric(10, 2)).nullable(false).build())
                .primaryKey(Optional.of(new PrimaryKey(Optional.empty(), key))).build()), List.of());
    }

    @DatabaseTest
    void aKeyColumnBecomesAnIdentityAndBackWithItsRows(TestDatabase db) throws Exception {
        Schema a = orders(false, List.of("id", "price"));
        Schema b = orders(true, List.of("id"));
        List<String> failures = new ArrayList<>();
        try (ScratchDatabases scratch = new ScratchDatabases(db)) {
            for (Schema[] pair : List.of(new Schema[] {a, b}, new Schema[] {b, a})) {
                MigrationRoundTrip roundTrip = new MigrationRoundTrip(db.dialect(), scratch.next(), scratch.migrations());
                MigrationRoundTrip.Outcome outcome = roundTrip.runInProcess(scratch.connection(), pair[0], pair[1]);
                String name = pair[0] == a ? "to identity" : "from identity";
                outcome.failures().forEach(f -> failures.add(name + ": " + f));
                // Back from B, rows inserted at A may repeat an id: the database refuses the narrower key,
                // which the round trip checks left every row as it was. Towards the identity nothing may refuse.
                if (pair[0] == a && roundTrip.refusals() > 0) {
                    failures.add(name + ": a step was refused, rows were not carried across");
                }
                if (roundTrip.rowsSeen() == 0) {
                    failures.add(name + ": no rows were carried across");
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
