package dev.autogen.oracle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One change of entity model for the oracle: the entities before (A) and after (B), as the body of
 * one Java source file (package and imports added by {@link EntityModels}), and the kinds of op
 * autogenerate must produce for it. A database that cannot tell A from B (SQLite keeps no comments
 * and no sequence increments, MariaDB no time zones) must produce none.
 */
record ModelPair(String name, String before, String after, List<String> expected,
        Map<String, List<String>> onDatabase) {

    static ModelPair of(String name, String before, String after, String... expected) {
        return new ModelPair(name, before, after, List.of(expected), Map.of());
    }

    /** The same pair with other op kinds expected on SQLite (none: SQLite cannot tell A from B). */
    ModelPair onSqlite(String... kinds) {
        return on("sqlite", kinds);
    }

    /** The same pair with other op kinds expected on MariaDB (none: MariaDB cannot tell A from B). */
    ModelPair onMariaDb(String... kinds) {
        return on("mariadb", kinds);
    }

    private ModelPair on(String database, String... kinds) {
        Map<String, List<String>> changed = new HashMap<>(onDatabase);
        changed.put(database, List.of(kinds));
        return new ModelPair(name, before, after, expected, Map.copyOf(changed));
    }

    /** The pair the other way round: B to A. */
    ModelPair reversed(String reversedName, String... kinds) {
        return new ModelPair(reversedName, after, before, List.of(kinds), Map.of());
    }

    /** The op kinds expected on a database kind ({@code sqlite}, {@code postgresql}, {@code mariadb}). */
    List<String> expectedOn(String database) {
        return onDatabase.getOrDefault(database, expected);
    }

    /** The op kinds, sorted, so that two lists compare as multisets. */
    static List<String> sortedKinds(List<String> kinds) {
        List<String> sorted = new ArrayList<>(kinds);
        sorted.sort(null);
        return sorted;
    }
}
