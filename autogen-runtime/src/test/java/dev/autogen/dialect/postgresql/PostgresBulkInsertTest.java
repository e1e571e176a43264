package dev.autogen.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.ops.BulkInsert;
import dev.autogen.schema.Schema;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The literals bulkInsert writes read back as the values given, whatever text they hold. */
class PostgresBulkInsertTest {

    @PostgresTest
    void valuesReadBackUnchanged(TestDatabase db) throws Exception {
        String text = "it's a \\back\\slash, \"quoted\", \n new line and unicode \u00e9";
        byte[] bytes = {0, 1, (byte) 0xfe, (byte) 0xff};
        UUID uuid = UUID.randomUUID();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("t", text);
        row.put("n", new BigDecimal("-12345.678"));
        row.put("d", Double.NEGATIVE_INFINITY);
        row.put("b", false);
        row.put("bin", bytes);
        row.put("u", uuid);
        row.put("day", LocalDate.of(2024, 2, 29));
        row.put("at", LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000));
        row.put("zoned", OffsetDateTime.of(2024, 2, 29, 13, 45, 0, 0, ZoneOffset.ofHours(2)));
        row.put("missing", null);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"values\" (t text, n numeric, d double precision, b boolean, bin bytea, u uuid,"
                    + " day date, at timestamp, zoned timestamp with time zone, missing integer)");
            // Escape strings must not depend on this setting.
            s.execute("SET standard_conforming_strings = off");
            for (String sql : new PostgresDialect().toSql(new BulkInsert("values", List.of(row)), Schema.EMPTY)) {
                s.execute(sql);
            }
            try (ResultSet rs = s.executeQuery("SELECT * FROM \"values\"")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("t")).isEqualTo(text);
                assertThat(rs.getBigDecimal("n")).isEqualByComparingTo("-12345.678");
                assertThat(rs.getDouble("d")).isEqualTo(Double.NEGATIVE_INFINITY);
                assertThat(rs.getBoolean("b")).isFalse();
                assertThat(rs.getBytes("bin")).containsExactly(bytes);
                assertThat(rs.getObject("u")).isEqualTo(uuid);
                assertThat(rs.getObject("day", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
                assertThat(rs.getObject("at", LocalDateTime.class))
                        .isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000));
                assertThat(rs.getObject("zoned", OffsetDateTime.class).toInstant())
                        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 11, 45, 0, 0, ZoneOffset.UTC).toInstant());
                rs.getInt("missing");
                assertThat(rs.wasNull()).isTrue();
            }
        }
    }
}
