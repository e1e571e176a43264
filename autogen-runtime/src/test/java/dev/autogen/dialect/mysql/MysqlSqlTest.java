package dev.autogen.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateSchema;
import dev.autogen.ops.DropSchema;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The statements MySQL and MariaDB need where standard SQL is not enough, checked as text. */
class MysqlSqlTest {
    private static final MysqlDialect MARIADB = new MysqlDialect(MysqlServer.MARIADB);
    private static final MysqlDialect MYSQL = new MysqlDialect(MysqlServer.MYSQL);

    private static Table orders(boolean ownIndex) {
        Table.Builder b = Table.builder("orders")
                .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).identity(true).build())
                .column(Column.builder("account_id", new ColumnType.Int(64)).build())
                .primaryKey(PrimaryKey.of("id"))
                .foreignKey(new ForeignKey(Optional.of("fk_orders_account"), List.of("account_id"), "accounts",
                        List.of("id"), ReferentialAction.CASCADE));
        if (ownIndex) {
            b.index(new Index("ix_orders_account", List.of("account_id", "id"), false));
        }
        return b.build();
    }

    private static Schema schema(Table table) {
        return new Schema(List.of(table), List.of());
    }

    /** A schema is a database; dropping one is guarded, as DROP DATABASE would take its tables along. */
    @Test
    void schemasAreDatabasesAndADropIsGuarded() {
        assertThat(MARIADB.toSql(new CreateSchema("billing"), Schema.EMPTY)).containsExactly("CREATE DATABASE billing");
        assertThat(MARIADB.toSql(new DropSchema("billing"), Schema.EMPTY)).containsExactly(
                "BEGIN NOT ATOMIC IF EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'billing')"
                        + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'database billing still holds tables no"
                        + " revision created; drop or move them, then run again'; END IF; END",
                "DROP DATABASE billing");
        assertThat(MYSQL.toSql(new DropSchema("billing"), Schema.EMPTY)).containsExactly(
                "DO (SELECT 0 UNION SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'billing')",
                "DROP DATABASE billing");
    }

    @Test
    void namesAreQuotedWithBackticksOnlyWhereNeeded() {
        assertThat(MARIADB.quote("books")).isEqualTo("books");
        assertThat(MARIADB.quote("order")).isEqualTo("`order`");
        assertThat(MARIADB.quote("odd`name")).isEqualTo("`odd``name`");
        assertThat(MARIADB.quote("Mixed Case")).isEqualTo("`Mixed Case`");
    }

    /**
     * The server refuses to name an unnamed key of a table whose name leaves no room for
     * {@code _ibfk_1} within 64 characters: autogen names it, with the table's name cut, gives it
     * the index the server would have, and reads that name back as the server's own.
     */
    @Test
    void anUnnamedKeyOfATableWithALongNameIsNamedWithinTheLimit() {
        String table = "n".repeat(60);
        String name = "n".repeat(57) + "_ibfk_1";
        Table t = Table.builder(table)
                .column(Column.builder("id", new ColumnType.Int(64)).nullable(false).build())
                .column(Column.builder("ref", new ColumnType.Int(64)).build())
                .primaryKey(PrimaryKey.of("id"))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("ref"), table, List.of("id"),
                        ReferentialAction.CASCADE)).build();
        assertThat(String.join("\n", MARIADB.toSql(new CreateTable(t), Schema.EMPTY)))
                .contains("INDEX ref (ref)", "CONSTRAINT " + name + " FOREIGN KEY (ref)");
        Table bare = t.toBuilder().foreignKeys(List.of()).build();
        assertThat(MARIADB.toSql(new AddConstraint(table, t.foreignKeys().get(0)), schema(bare))).singleElement()
                .asString().contains("ADD INDEX ref (ref), ADD CONSTRAINT " + name + " FOREIGN KEY");
        assertThat(MysqlConstraintNames.isForeignKeyName(table, name)).isTrue();
        assertThat(MysqlConstraintNames.isForeignKeyName(table, "n".repeat(56) + "_ibfk_1")).isFalse();
        // Two unnamed unique keys on a column of 63 characters: the second's name is cut to fit.
        String column = "c".repeat(63);
        Table uniques = Table.builder("t").column(Column.builder(column, new ColumnType.Int(32)).build())
                .uniqueConstraint(new UniqueConstraint(Optional.empty(), List.of(column)))
                .uniqueConstraint(new UniqueConstraint(Optional.empty(), List.of(column))).build();
        assertThat(String.join("\n", MARIADB.toSql(new CreateTable(uniques), Schema.EMPTY)))
                .contains("CONSTRAINT " + column + " UNIQUE", "CONSTRAINT " + "c".repeat(62) + "_2 UNIQUE");
        // A table with room keeps the server's naming: no name written.
        Table shortName = Table.builder("orders").column(t.columns().get(0)).column(t.columns().get(1))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("ref"), "orders", List.of("id"),
                        ReferentialAction.CASCADE)).build();
        assertThat(String.join("\n", MARIADB.toSql(new CreateTable(shortName), Schema.EMPTY)))
                .doesNotContain("CONSTRAINT", "INDEX");
    }

    /**
     * A key named as the server names unnamed keys comes back with the index named after its first
     * column, as the server made it the first time; a key with a name of its own is left to the server.
     */
    @Test
    void aKeyWithTheServersNameIsAddedWithTheIndexTheServerGaveIt() {
        ForeignKey serverNamed = new ForeignKey(Optional.of("orders_ibfk_1"), List.of("account_id"), "accounts",
                List.of("id"), ReferentialAction.NO_ACTION);
        Table bare = orders(false).toBuilder().foreignKeys(List.of()).build();

        assertThat(MARIADB.toSql(new AddConstraint("orders", serverNamed), schema(bare))).singleElement().asString()
                .startsWith("ALTER TABLE orders ADD INDEX account_id (account_id), ADD CONSTRAINT orders_ibfk_1"
                        + " FOREIGN KEY (account_id) REFERENCES accounts");
        Table indexed = bare.toBuilder().index(new Index("ix_orders_account", List.of("account_id", "id"), false))
                .build();
        assertThat(MARIADB.toSql(new AddConstraint("orders", serverNamed), schema(indexed))).singleElement()
                .asString().doesNotContain("ADD INDEX");
    }

    @Test
    void aForeignKeyGoesWithTheIndexTheServerMadeForIt() {
        Table table = orders(false);
        assertThat(MARIADB.toSql(new DropConstraint("orders", table.foreignKeys().get(0)), schema(table)))
                .containsExactly("ALTER TABLE orders DROP FOREIGN KEY fk_orders_account, DROP INDEX fk_orders_account");
        Table served = orders(true);
        assertThat(MARIADB.toSql(new DropConstraint("orders", served.foreignKeys().get(0)), schema(served)))
                .containsExactly("ALTER TABLE orders DROP FOREIGN KEY fk_orders_account");
    }

    @Test
    void droppingTheOnlyIndexAForeignKeyUsesPutsTheKeysOwnIndexInItsPlace() {
        Table table = orders(true);
        assertThat(MARIADB.toSql(new DropIndex("orders", table.indexes().get(0)), schema(table))).containsExactly(
                "ALTER TABLE orders DROP INDEX ix_orders_account, ADD INDEX fk_orders_account (account_id)");
        Table unique = orders(false).toBuilder().uniqueConstraint(new dev.autogen.schema.UniqueConstraint(
                Optional.of("ux_orders"), List.of("account_id", "id"))).build();
        assertThat(MARIADB.toSql(new DropConstraint("orders", unique.uniqueConstraints().get(0)), schema(unique)))
                .containsExactly("ALTER TABLE orders DROP INDEX ux_orders, ADD INDEX fk_orders_account (account_id)");
    }

    @Test
    void droppingAColumnDropsTheForeignKeysOnItFirst() {
        Table table = orders(false);
        assertThat(MARIADB.toSql(new DropColumn("orders", table.column("account_id").orElseThrow()), schema(table)))
                .containsExactly("ALTER TABLE orders DROP FOREIGN KEY fk_orders_account,"
                        + " DROP INDEX fk_orders_account, DROP COLUMN account_id");
    }

    @Test
    void theKeyOfAnAutoIncrementColumnIsNotDroppedSilently() {
        Table table = orders(false);
        assertThatThrownBy(() -> MARIADB.toSql(new DropConstraint("orders", table.primaryKey().orElseThrow()),
                schema(table))).isInstanceOf(AutogenException.class).hasMessageContaining("AUTO_INCREMENT");
    }

    @Test
    void indexesAndChecksAreDroppedTheirOwnWay() {
        Table table = orders(true).toBuilder().index(new Index("ix_orders_id", List.of("id"), false)).build();
        assertThat(MARIADB.toSql(new DropIndex("orders", table.indexes().get(1)), schema(table)))
                .containsExactly("DROP INDEX ix_orders_id ON orders");
        assertThat(MARIADB.toSql(new DropConstraint("orders", new CheckConstraint(Optional.of("ck_total"), "id > 0")),
                schema(table))).containsExactly("ALTER TABLE orders DROP CONSTRAINT ck_total");
    }

    @Test
    void aCheckWrittenWithStandardQuotesGetsBackticksOutsideStrings() {
        assertThat(MARIADB.toSql(new AddConstraint("orders", new CheckConstraint(Optional.of("ck"),
                "\"order\" <> 'say \"hi\"'")), schema(orders(false))))
                .containsExactly("ALTER TABLE orders ADD CONSTRAINT ck CHECK (`order` <> 'say \"hi\"')");
    }

    @Test
    void sequencesOnMariaDbAndAClearRefusalOnMysql() {
        CreateSequence create = new CreateSequence(new Sequence("order_numbers", 100, 5));
        assertThat(MARIADB.toSql(create, Schema.EMPTY))
                .containsExactly("CREATE SEQUENCE order_numbers START WITH 100 INCREMENT BY 5");
        assertThatThrownBy(() -> MYSQL.toSql(create, Schema.EMPTY)).isInstanceOf(AutogenException.class)
                .hasMessageContaining("MySQL has no sequences");
    }

    @Test
    void aBackslashIsWrittenAsBytesSoNoSqlModeReadsItDifferently() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", "C:\\temp");
        row.put("name", "O'Brien");
        assertThat(MARIADB.toSql(new BulkInsert("files", List.of(row, Map.of())), Schema.EMPTY)).containsExactly(
                "INSERT INTO files (path, name) VALUES (_utf8mb4 X'433a5c74656d70', 'O''Brien')",
                "INSERT INTO files () VALUES ()");
    }

    @Test
    void typesReadBackAsThePortableVocabulary() {
        assertThat(MysqlTypes.fromSql("tinyint(1)")).isEqualTo(new ColumnType.Bool());
        assertThat(MysqlTypes.fromSql("bit(1)")).isEqualTo(new ColumnType.Bool());
        assertThat(MysqlTypes.fromSql("int(11)")).isEqualTo(new ColumnType.Int(32));
        assertThat(MysqlTypes.fromSql("bigint(20)")).isEqualTo(new ColumnType.Int(64));
        assertThat(MysqlTypes.fromSql("datetime(6)")).isEqualTo(new ColumnType.Timestamp(false));
        assertThat(MysqlTypes.fromSql("longtext")).isEqualTo(new ColumnType.Text());
        assertThat(MysqlTypes.fromSql("float(53)")).isEqualTo(new ColumnType.Floating(64));
        assertThat(MysqlTypes.fromSql("int(10) unsigned")).isEqualTo(new ColumnType.Native("int unsigned"));
        assertThat(MysqlTypes.fromSql("ENUM('A','b')")).isEqualTo(new ColumnType.Native("enum('A','b')"));
    }

    /** MariaDB stores a check's length(x) as octet_length(`x`): the same condition. */
    @Test
    void lengthIsOctetLength() {
        assertThat(MysqlExpressions.canonicalCondition("octet_length(`name`) > 1"))
                .isEqualTo(MysqlExpressions.canonicalCondition("length(name) > 1"))
                .isNotEqualTo(MysqlExpressions.canonicalCondition("char_length(name) > 1"));
    }

    /** The server gives back an enum value as the type spells it, and Hibernate reads it by its exact name. */
    @Test
    void enumValuesKeepTheirCase() {
        ColumnType written = new ColumnType.Native("ENUM ('HIGH','it''s LOW')");

        assertThat(written).isEqualTo(new ColumnType.Native("enum ('HIGH','it''s LOW')"));
        assertThat(MysqlNormalizer.type(written, MysqlServer.MARIADB))
                .isEqualTo(MysqlNormalizer.type(MysqlTypes.fromSql("enum('HIGH','it''s LOW')"), MysqlServer.MARIADB))
                .isNotEqualTo(MysqlNormalizer.type(MysqlTypes.fromSql("enum('high','it''s low')"), MysqlServer.MARIADB));
    }

    @Test
    void defaultsCompareInTheirMeaning() {
        Column written = Column.builder("at", new ColumnType.Timestamp(true)).defaultValue("CURRENT_TIMESTAMP").build();
        Column stored = Column.builder("at", new ColumnType.Native("datetime(6)")).defaultValue("current_timestamp(6)")
                .build();
        Column flag = Column.builder("flag", new ColumnType.Bool()).defaultValue("true").build();
        Column storedFlag = Column.builder("flag", new ColumnType.Native("tinyint(1)")).defaultValue("1").build();
        assertThat(MARIADB.normalize(Table.builder("t").column(written).column(flag).build()))
                .isEqualTo(MARIADB.normalize(Table.builder("t").column(stored).column(storedFlag).build()));
    }

    /** A time(6) column gives its default back with six zero digits; other fractions stay different. */
    @Test
    void aTimeDefaultComparesWithoutItsFractionsZeros() {
        assertThat(timeDefault("'12:30:00.000000'")).isEqualTo(timeDefault("'12:30:00'"));
        assertThat(timeDefault("'12:30:00.500000'")).isEqualTo(timeDefault("'12:30:00.5'"))
                .isNotEqualTo(timeDefault("'12:30:00'"));
        assertThat(timeDefault("'12:30:10'")).isNotEqualTo(timeDefault("'12:30:00'"));
    }

    private static Table timeDefault(String value) {
        return MARIADB.normalize(Table.builder("t")
                .column(Column.builder("at", new ColumnType.Time(false)).defaultValue(value).build()).build());
    }
}
