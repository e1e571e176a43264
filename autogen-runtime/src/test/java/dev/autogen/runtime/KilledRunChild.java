package dev.autogen.runtime;

import static dev.autogen.migration.Columns.column;
import static dev.autogen.migration.Columns.primaryKey;

import dev.autogen.dialect.Dialects;
import dev.autogen.migration.Type;
import dev.autogen.revision.LoadedRevision;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run that {@link SqliteKilledRunTest} kills: {@code upgrade} of a chain of revisions on the
 * SQLite file {@code args[0]} (see {@link #chain}), saying each step on standard output as it starts.
 */
public final class KilledRunChild {
    private KilledRunChild() {
    }

    public static void main(String[] args) {
        String url = "jdbc:sqlite:" + args[0];
        List<LoadedRevision> chain = chain(Integer.parseInt(args[1]));
        new Migrator(() -> DriverManager.getConnection(url), Dialects.forUrl(url), "autogen_version",
                chain.stream().map(LoadedRevision::info).toList(), line -> {
                    System.out.println(line);
                    System.out.flush();
                }).run(chain.stream().map(r -> new MigrationStep(r, Direction.UPGRADE)).toList());
    }

    /** Revision {@code i} (from 1, id {@code k%011d}) creates table {@code t<i>} and puts one row in it. */
    static List<LoadedRevision> chain(int length) {
        List<LoadedRevision> chain = new ArrayList<>();
        for (int i = 1; i <= length; i++) {
            String table = "t" + i;
            int n = i;
            chain.add(LambdaRevisions.revision(id(i), i == 1 ? List.of() : List.of(id(i - 1)), op -> {
                op.createTable(table, column("id", Type.bigint()).notNull(), column("name", Type.varchar(50)).notNull(),
                        primaryKey("id"));
                op.bulkInsert(table, List.of(Map.of("id", n, "name", "row " + n)));
            }, op -> op.dropTable(table)));
        }
        return chain;
    }

    static String id(int i) {
        return String.format("k%011d", i);
    }
}
