package dev.autogen.model.jpa;

import static dev.autogen.model.jpa.JpaFixtures.asPostgresStoresIt;
import static dev.autogen.model.jpa.JpaFixtures.column;
import static dev.autogen.model.jpa.JpaFixtures.fkName;
import static dev.autogen.model.jpa.JpaFixtures.isPostgres;
import static dev.autogen.model.jpa.JpaFixtures.read;
import static dev.autogen.model.jpa.Types.BIGINT;
import static dev.autogen.model.jpa.Types.BOOLEAN;
import static dev.autogen.model.jpa.Types.DOUBLE;
import static dev.autogen.model.jpa.Types.INTEGER;
import static dev.autogen.model.jpa.Types.TIMESTAMP_TZ;
import static dev.autogen.model.jpa.Types.VARCHAR_255;
import static dev.autogen.model.jpa.Types.numeric;
import static dev.autogen.model.jpa.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The three inheritance strategies and a mapped superclass; column order as in {@link EntityModelReaderTest}. */
class InheritanceMappingTest {

    static List<Dialect> dialects() {
        return JpaFixtures.dialects().toList();
    }

    private static Schema stored(Dialect dialect, Table... tables) {
        Schema asWritten = new Schema(List.of(tables), List.of());
        return isPostgres(dialect) ? asPostgresStoresIt(asWritten) : asWritten;
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void singleTableHoldsEveryClassWithADiscriminator(Dialect dialect) {
        Table vehicle = Table.builder("Vehicle")
                // Subclass columns must admit the other classes' rows: required ones become
                // nullable with a check per subclass. An explicit @Column(nullable = false) is the
                // exception: Hibernate keeps it NOT NULL, so a Truck row cannot be inserted.
                .column(column("axles", INTEGER).build())
                .column(column("doors", INTEGER).nullable(false).build())
                .column(column("payload", DOUBLE).build())
                .column(column("wheels", INTEGER).build())
                .column(column("id", BIGINT).nullable(false).build())
                .column(column("DTYPE", varchar(31)).nullable(false).build())
                .column(column("make", VARCHAR_255).build())
                .primaryKey(PrimaryKey.of("id"))
                .check(new CheckConstraint(Optional.empty(), "DTYPE in ('Vehicle','Car','Truck')"))
                .check(new CheckConstraint(Optional.empty(),
                        "DTYPE <> 'Truck' or (axles is not null and wheels is not null)"))
                .build();

        assertThat(read("inheritance.singletable", dialect)).isEqualTo(stored(dialect, vehicle));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void joinedGivesEachSubclassATableKeyedByTheRoot(Dialect dialect) {
        Table payment = Table.builder("Payment")
                .column(column("amount", numeric(38, 2)).build())
                .column(column("id", BIGINT).nullable(false).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();
        Table bank = subclassTable("BankPayment", column("iban", varchar(34)).build());
        Table card = subclassTable("CardPayment", column("cardNumber", varchar(16)).nullable(false).build());

        assertThat(read("inheritance.joined", dialect)).isEqualTo(stored(dialect, bank, card, payment));
    }

    private static Table subclassTable(String name, dev.autogen.schema.Column own) {
        return Table.builder(name)
                .column(column("id", BIGINT).nullable(false).build())
                .column(own)
                .primaryKey(PrimaryKey.of("id"))
                .foreignKey(new ForeignKey(Optional.of(fkName(name, "Payment", "id")), List.of("id"), "Payment",
                        List.of("id"), ReferentialAction.NO_ACTION))
                .build();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void tablePerClassCopiesInheritedColumnsAndSkipsTheAbstractRoot(Dialect dialect) {
        Table cat = Table.builder("Cat")
                .column(column("lives", INTEGER).build())
                .column(column("id", BIGINT).nullable(false).build())
                .column(column("name", varchar(60)).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();
        Table dog = Table.builder("Dog")
                .column(column("goodBoy", BOOLEAN).nullable(false).build())
                .column(column("id", BIGINT).nullable(false).build())
                .column(column("name", varchar(60)).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();

        assertThat(read("inheritance.tableperclass", dialect)).isEqualTo(stored(dialect, cat, dog));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void mappedSuperclassColumnsAndVersionGoIntoTheEntityTable(Dialect dialect) {
        Table invoice = Table.builder("Invoice")
                .column(column("version", INTEGER).nullable(false).build())
                .column(column("createdAt", TIMESTAMP_TZ).nullable(false).build())
                .column(column("id", BIGINT).nullable(false).build())
                .column(column("number", VARCHAR_255).build())
                .primaryKey(PrimaryKey.of("id"))
                .build();

        assertThat(read("mappedsuperclass", dialect)).isEqualTo(stored(dialect, invoice));
    }
}
