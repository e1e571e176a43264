package dev.autogen.runtime;

import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Column;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code autogen_version_progress}: the revision a run is in the middle of, on a database whose DDL
 * commits statement by statement ({@link Dialect#transactionalDdl()} false); other databases never
 * get it, so their bookkeeping stays the version and checksum tables alone. One row per statement
 * ({@code kind = 'run'}, numbered from 1, {@code ran} set once it committed) and per statement that
 * reverts an op ({@code kind = 'undo'}, numbered within the op; none for an op without a reverse).
 * Empty whenever no revision is partly applied. Rows are written with bound parameters, since
 * statements hold any text (a backslash means something in MySQL's string literals).
 */
public final class ProgressTable {
    private static final String SUFFIX = "_progress";
    private static final String RUN = "run";
    private static final String UNDO = "undo";
    private static final String NO_UNDO = "no-undo";

    private final BookkeepingTable table;

    public ProgressTable(String versionTable, Dialect dialect) {
        this.table = new BookkeepingTable(versionTable, SUFFIX, dialect, List.of(
                Column.builder("version_num", new ColumnType.Varchar(32)).nullable(false).build(),
                Column.builder("direction", new ColumnType.Varchar(9)).nullable(false).build(),
                Column.builder("checksum", new ColumnType.Varchar(64)).nullable(false).build(),
                Column.builder("kind", new ColumnType.Varchar(8)).nullable(false).build(),
                Column.builder("op_no", new ColumnType.Int(32)).nullable(false).build(),
                Column.builder("statement_no", new ColumnType.Int(32)).nullable(false).build(),
                Column.builder("statement", new ColumnType.Text()).nullable(false).build(),
                Column.builder("ran", new ColumnType.Int(32)).nullable(false).build()),
                List.of("kind", "op_no", "statement_no"));
    }

    /** The progress table that belongs to a version table. */
    public static String nameFor(String versionTable) {
        return versionTable + SUFFIX;
    }

    public String name() {
        return table.name();
    }

    public Table definition() {
        return table.definition();
    }

    public void createIfMissing(Connection c) throws SQLException {
        table.createIfMissing(c);
    }

    /** The revision a run stopped in; empty when none did or the table does not exist yet. */
    public Optional<RevisionProgress> read(Connection c) throws SQLException {
        return table.exists(c) ? readExisting(c) : Optional.empty();
    }

    /** As {@link #read}, for a caller that knows the table exists. */
    Optional<RevisionProgress> readExisting(Connection c) throws SQLException {
        String revision = null;
        Direction direction = null;
        String checksum = null;
        Map<Integer, List<String>> run = new TreeMap<>();
        Map<Integer, List<String>> undo = new TreeMap<>();
        Set<Integer> irreversible = new HashSet<>();
        int ran = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version_num, direction, checksum,"
                + " kind, op_no, statement, ran FROM " + table.quoted() + " ORDER BY kind, op_no, statement_no")) {
            while (rs.next()) {
                revision = rs.getString(1);
                direction = Direction.valueOf(rs.getString(2).toUpperCase(Locale.ROOT));
                checksum = rs.getString(3);
                String kind = rs.getString(4);
                int op = rs.getInt(5);
                if (kind.equals(RUN)) {
                    run.computeIfAbsent(op, k -> new ArrayList<>()).add(rs.getString(6));
                    ran += rs.getInt(7);
                } else if (kind.equals(UNDO)) {
                    undo.computeIfAbsent(op, k -> new ArrayList<>()).add(rs.getString(6));
                } else {
                    run.computeIfAbsent(op, k -> new ArrayList<>());
                    irreversible.add(op);
                }
            }
        }
        if (revision == null) {
            return Optional.empty();
        }
        int ops = Math.max(run.keySet().stream().mapToInt(Integer::intValue).max().orElse(0),
                undo.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        List<PlannedOp> planned = new ArrayList<>();
        for (int op = 1; op <= ops; op++) {
            List<String> statements = run.getOrDefault(op, List.of());
            planned.add(new PlannedOp(statements, irreversible.contains(op) ? Optional.empty()
                    : Optional.of(undo.getOrDefault(op, List.of()))));
        }
        return Optional.of(new RevisionProgress(revision, direction, checksum, planned, ran));
    }

    /** Records that the revision starts: every statement, none ran yet. The caller commits. */
    void start(Connection c, RevisionProgress progress) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table.quoted() + " (version_num, direction,"
                + " checksum, kind, op_no, statement_no, statement, ran) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
            s.setString(1, progress.revision());
            s.setString(2, progress.direction().name().toLowerCase(Locale.ROOT));
            s.setString(3, progress.checksum());
            int number = 0;
            for (int op = 1; op <= progress.ops().size(); op++) {
                PlannedOp planned = progress.ops().get(op - 1);
                for (String sql : planned.statements()) {
                    add(s, RUN, op, ++number, sql);
                }
                if (planned.undo().isEmpty()) {
                    add(s, NO_UNDO, op, 0, "");
                } else {
                    int undoNumber = 0;
                    for (String sql : planned.undo().get()) {
                        add(s, UNDO, op, ++undoNumber, sql);
                    }
                }
            }
            s.executeBatch();
        }
    }

    private static void add(PreparedStatement s, String kind, int op, int number, String sql) throws SQLException {
        s.setString(4, kind);
        s.setInt(5, op);
        s.setInt(6, number);
        s.setString(7, sql);
        s.addBatch();
    }

    /** Statement {@code number} (from 1) ran, or was reverted when {@code ran} is false. The caller commits. */
    void mark(Connection c, int number, boolean ran) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + table.quoted() + " SET ran = ? WHERE kind = ?"
                + " AND statement_no = ?")) {
            s.setInt(1, ran ? 1 : 0);
            s.setString(2, RUN);
            s.setInt(3, number);
            s.executeUpdate();
        }
    }

    /** Forgets the revision: it completed, was reverted, or nothing of it ran. The caller commits. */
    void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(clearSql());
        }
    }

    public String clearSql() {
        return "DELETE FROM " + table.quoted();
    }
}
