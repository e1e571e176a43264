package dev.autogen.dialect.mysql;

import dev.autogen.schema.ColumnType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portable types in MySQL's and MariaDB's words, and back. {@link #fromSql} reads what
 * Hibernate's MySQL and MariaDB dialects write ({@code datetime(6)}, {@code bit}, {@code float(53)})
 * and what information_schema's COLUMN_TYPE reports ({@code int(11)}, {@code tinyint(1)},
 * {@code varchar(255)}), so an entity and its table read into the same {@link ColumnType}.
 */
final class MysqlTypes {
    /** name, optional (a[, b]), optional attributes such as unsigned or zerofill. */
    private static final Pattern TYPE = Pattern.compile(
            "([a-z][a-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?((?:\\s+(?:unsigned|signed|zerofill))*)");
    /** What the vocabulary's unbounded decimal is written as: MySQL has no unbounded decimal. */
    static final String UNBOUNDED_DECIMAL = "decimal(65,30)";
    private static final Map<String, ColumnType> PLAIN = Map.ofEntries(
            Map.entry("smallint", new ColumnType.Int(16)), Map.entry("int", new ColumnType.Int(32)),
            Map.entry("integer", new ColumnType.Int(32)), Map.entry("bigint", new ColumnType.Int(64)),
            Map.entry("float", new ColumnType.Floating(32)), Map.entry("real", new ColumnType.Floating(64)),
            Map.entry("double", new ColumnType.Floating(64)),
            Map.entry("double precision", new ColumnType.Floating(64)),
            Map.entry("tinytext", new ColumnType.Text()), Map.entry("text", new ColumnType.Text()),
            Map.entry("mediumtext", new ColumnType.Text()), Map.entry("longtext", new ColumnType.Text()),
            Map.entry("tinyblob", new ColumnType.Blob()), Map.entry("blob", new ColumnType.Blob()),
            Map.entry("mediumblob", new ColumnType.Blob()), Map.entry("longblob", new ColumnType.Blob()),
            Map.entry("boolean", new ColumnType.Bool()), Map.entry("bool", new ColumnType.Bool()),
            Map.entry("bit", new ColumnType.Bool()), Map.entry("date", new ColumnType.Date()),
            Map.entry("time", new ColumnType.Time(false)), Map.entry("datetime", new ColumnType.Timestamp(false)),
            Map.entry("uuid", new ColumnType.Uuid()), Map.entry("char", new ColumnType.Char(1)),
            Map.entry("decimal", new ColumnType.Numeric(10, 0)), Map.entry("numeric", new ColumnType.Numeric(10, 0)));

    private MysqlTypes() {
    }

    /** The type as DDL writes it on {@code server}. */
    static String toSql(ColumnType type, MysqlServer server) {
        if (type instanceof ColumnType.Int i) {
            return i.bits() == 16 ? "smallint" : i.bits() == 32 ? "int" : "bigint";
        } else if (type instanceof ColumnType.Varchar v) {
            return "varchar(" + v.length() + ")";
        } else if (type instanceof ColumnType.Char c) {
            return "char(" + c.length() + ")";
        } else if (type instanceof ColumnType.Numeric n) {
            return n.precision() == 0 ? UNBOUNDED_DECIMAL : "decimal(" + n.precision() + "," + n.scale() + ")";
        } else if (type instanceof ColumnType.Floating f) {
            return f.bits() == 32 ? "float" : "double";
        } else if (type instanceof ColumnType.Time) {
            return "time(6)";
        } else if (type instanceof ColumnType.Timestamp) {
            // Neither server keeps a zone in a datetime; Hibernate writes datetime(6) for both kinds.
            return "datetime(6)";
        } else if (type instanceof ColumnType.Binary b) {
            return "varbinary(" + b.length() + ")";
        } else if (type instanceof ColumnType.Uuid) {
            // MariaDB 10.7 has a uuid type; MySQL stores the 16 bytes, as Hibernate's MySQLDialect does.
            return server == MysqlServer.MARIADB ? "uuid" : "binary(16)";
        } else if (type instanceof ColumnType.Native n) {
            return n.sql();
        } else if (type instanceof ColumnType.Text) {
            return "longtext";
        } else if (type instanceof ColumnType.Bool) {
            return "boolean";
        } else if (type instanceof ColumnType.Date) {
            return "date";
        }
        return "longblob";
    }

    /** The portable type a MySQL type means; unknown names stay {@link ColumnType.Native}. */
    static ColumnType fromSql(String sql) {
        String text = sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m = TYPE.matcher(text);
        if (!m.matches()) {
            // As written: the values of enum('HIGH','LOW') keep their case (Native lowers the rest).
            return new ColumnType.Native(sql);
        }
        String name = m.group(1);
        Optional<Integer> first = Optional.ofNullable(m.group(2)).map(Integer::valueOf);
        Optional<Integer> second = Optional.ofNullable(m.group(3)).map(Integer::valueOf);
        String attributes = m.group(4).strip();
        if (!attributes.isEmpty()) {
            // unsigned and zerofill change the values a column holds: the type stays the database's,
            // without the display width, which means nothing.
            return new ColumnType.Native(name + " " + attributes);
        }
        return known(name, first, second).orElseGet(() -> new ColumnType.Native(
                displayWidthDropped(name) ? name : text));
    }

    private static Optional<ColumnType> known(String name, Optional<Integer> first, Optional<Integer> second) {
        if (first.isEmpty()) {
            return Optional.ofNullable(PLAIN.get(name));
        }
        int a = first.get();
        return switch (name) {
            // An integer's (n) is a display width and changes nothing stored; tinyint(1) is how both
            // servers spell boolean, bit(1) how Hibernate's older dialects did.
            case "smallint", "int", "integer", "bigint" -> Optional.ofNullable(PLAIN.get(name));
            case "tinyint" -> a == 1 ? Optional.of(new ColumnType.Bool()) : Optional.empty();
            case "bit" -> a == 1 ? Optional.of(new ColumnType.Bool()) : Optional.empty();
            case "varchar" -> second.isEmpty() ? Optional.of(new ColumnType.Varchar(a)) : Optional.empty();
            case "char" -> second.isEmpty() ? Optional.of(new ColumnType.Char(a)) : Optional.empty();
            case "varbinary", "binary" -> second.isEmpty() ? Optional.of(new ColumnType.Binary(a)) : Optional.empty();
            case "decimal", "numeric" -> Optional.of(new ColumnType.Numeric(a, second.orElse(0)));
            // float(p) is float up to 24 binary digits, double up to 53.
            case "float" -> second.isEmpty() && a >= 1 && a <= 53
                    ? Optional.of(new ColumnType.Floating(a <= 24 ? 32 : 64)) : Optional.empty();
            // The vocabulary has no precision: any fractional seconds count as the same type.
            case "datetime" -> Optional.of(new ColumnType.Timestamp(false));
            case "time" -> Optional.of(new ColumnType.Time(false));
            default -> Optional.empty();
        };
    }

    /** tinyint(4), mediumint(9): integer display widths carry no meaning. */
    private static boolean displayWidthDropped(String name) {
        return name.equals("tinyint") || name.equals("mediumint");
    }
}
