package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.FirstColumn;
import dev.autogen.ops.CreateTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * {@code autogen_version(version_num VARCHAR(32) PRIMARY KEY)}: one row per current head, as
 * {@code alembic_version}. Changes are SQL text, so that they go through a {@link SqlSink} like
 * every other statement and appear in offline scripts; executed, each must move exactly one row.
 */
public final class VersionTable {
    private final String name;
    private final Dialect dialect;

    public VersionTable(String name, Dialect dialect) {
        requireFits(name, dialect);
        this.name = dialect.storedIdentifier(name, false);
        this.dialect = dialect;
    }

    /**
     * The longest name derived from the version table's, its checksum table's key
     * ({@code <name>_checksums_pkc}), must fit the database's identifier limit: a database that
     * cut it would give two bookkeeping objects one name. Refused rather than shortened, so the
     * tables keep names a person can find.
     */
    private static void requireFits(String name, Dialect dialect) {
        String longest = ChecksumTable.nameFor(name) + "_pkc";
        int bytes = longest.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > dialect.maxIdentifierBytes()) {
            int allowed = dialect.maxIdentifierBytes() - (bytes - name.getBytes(StandardCharsets.UTF_8).length);
            throw new AutogenException("the version table name " + name + " is too long for " + dialect.name()
                    + ": the names derived from it (" + longest + ") must fit " + dialect.maxIdentifierBytes()
                    + " bytes, so it may have at most " + allowed + " bytes; choose a shorter version.table");
        }
    }

    public String name() {
        return name;
    }

    public Table definition() {
        return Table.builder(name)
                .column(Column.builder("version_num", new ColumnType.Varchar(32)).nullable(false).build())
                .primaryKey(new PrimaryKey(Optional.of(name + "_pkc"), List.of("version_num")))
                .build();
    }

    public boolean exists(Connection c) throws SQLException {
        return Catalog.hasTable(c, name);
    }

    /** The current heads, sorted; none when the table does not exist yet. */
    public List<String> heads(Connection c) throws SQLException {
        return exists(c) ? existingHeads(c) : List.of();
    }

    /** As {@link #heads}, for a caller that knows the table exists: one query, no catalog lookup. */
    public List<String> existingHeads(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(headsSql())) {
            return FirstColumn.of(rs);
        }
    }

    /** The query {@link #existingHeads} runs: the heads, sorted. */
    public String headsSql() {
        return "SELECT version_num FROM " + dialect.quote(name) + " ORDER BY version_num";
    }

    public void createIfMissing(Connection c) throws SQLException {
        if (!exists(c)) {
            SqlSink sink = new JdbcSink(c);
            for (String sql : createSql()) {
                sink.execute(sql);
            }
        }
    }

    public List<String> createSql() {
        return dialect.toSql(new CreateTable(definition()), Schema.EMPTY);
    }

    public String insertSql(String revision) {
        return "INSERT INTO " + dialect.quote(name) + " (version_num) VALUES (" + literal(revision) + ")";
    }

    public String deleteSql(String revision) {
        return "DELETE FROM " + dialect.quote(name) + " WHERE version_num = " + literal(revision);
    }

    public String replaceSql(String from, String to) {
        return "UPDATE " + dialect.quote(name) + " SET version_num = " + literal(to) + " WHERE version_num = "
                + literal(from);
    }

    public String clearSql() {
        return "DELETE FROM " + dialect.quote(name);
    }

    /** Revision ids are 12 hex digits; the quote doubling keeps any other text a literal all the same. */
    static String literal(String revision) {
        return "'" + revision.replace("'", "''") + "'";
    }
}
