package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code autogen_version_checksums(version_num, checksum)}: the checksum of every applied revision
 * ({@link dev.autogen.revision.RevisionChecksum}), kept beside the version table (which stays exactly like {@code alembic_version}) and
 * changed in the same transaction, so that {@code check} can tell when an applied file was edited.
 */
public final class ChecksumTable {
    private static final String SUFFIX = "_checksums";

    private final BookkeepingTable table;

    public ChecksumTable(String versionTable, Dialect dialect) {
        this.table = new BookkeepingTable(versionTable, SUFFIX, dialect, List.of(
                Column.builder("version_num", new ColumnType.Varchar(32)).nullable(false).build(),
                Column.builder("checksum", new ColumnType.Varchar(64)).nullable(false).build()),
                List.of("version_num"));
    }

    /** The checksum table that belongs to a version table. */
    public static String nameFor(String versionTable) {
        return versionTable + SUFFIX;
    }

    public String name() {
        return table.name();
    }

    public Table definition() {
        return table.definition();
    }

    public List<String> createSql() {
        return table.createSql();
    }

    public void createIfMissing(Connection c) throws SQLException {
        table.createIfMissing(c);
    }

    /** Recorded checksums by revision id; none when the table does not exist (a database older than checksums). */
    public Map<String, String> read(Connection c) throws SQLException {
        Map<String, String> checksums = new TreeMap<>();
        if (!table.exists(c)) {
            return checksums;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num, checksum FROM " + table.quoted())) {
            while (rs.next()) {
                checksums.put(rs.getString(1), rs.getString(2));
            }
        }
        return checksums;
    }

    /** Replaces whatever an earlier apply of the revision left. */
    public List<String> recordSql(String revision, String checksum) {
        return List.of(forgetSql(revision), "INSERT INTO " + table.quoted() + " (version_num, checksum) VALUES ("
                + VersionTable.literal(revision) + ", " + VersionTable.literal(checksum) + ")");
    }

    public String forgetSql(String revision) {
        return "DELETE FROM " + table.quoted() + " WHERE version_num = " + VersionTable.literal(revision);
    }

    /** Forgets every revision but {@code applied}: after a stamp, only they are known to have run. */
    public String keepOnlySql(Collection<String> applied) {
        String delete = "DELETE FROM " + table.quoted();
        if (applied.isEmpty()) {
            return delete;
        }
        return delete + " WHERE version_num NOT IN ("
                + applied.stream().sorted().map(VersionTable::literal).collect(Collectors.joining(", ")) + ")";
    }
}
