package dev.autogen.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * One change of entity model for the oracle: the entities before (A) and after (B), as the body of
 * one Java source file (package and imports added by {@link EntityModels}), and the kinds of op
 * autogenerate must produce for it. A database that cannot tell A from B (SQLite keeps no comments
 * and no sequence increments) must produce none.
 */
record ModelPair(String name, String before, String after, List<String> expected, List<String> expectedOnSqlite) {

    static ModelPair of(String name, String before, String after, String... expected) {
        return new ModelPair(name, before, after, List.of(expected), List.of(expected));
    }

    /** The same pair with other op kinds expected on SQLite (none: SQLite cannot tell A from B). */
    ModelPair onSqlite(String... kinds) {
        return new ModelPair(name, before, after, expected, List.of(kinds));
    }

    /** The pair the other way round: B to A. */
    ModelPair reversed(String reversedName, String... kinds) {
        return new ModelPair(reversedName, after, before, List.of(kinds), List.of(kinds));
    }

    List<String> expectedOn(String dialect) {
        return dialect.equals("sqlite") ? expectedOnSqlite : expected;
    }

    /** The op kinds, sorted, so that two lists compare as multisets. */
    static List<String> sortedKinds(List<String> kinds) {
        List<String> sorted = new ArrayList<>(kinds);
        sorted.sort(null);
        return sorted;
    }
}
