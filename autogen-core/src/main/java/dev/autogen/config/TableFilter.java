package dev.autogen.config;

import dev.autogen.runtime.ChecksumTable;
import dev.autogen.runtime.ProgressTable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which tables the diff considers: those matching an include glob (all, when there is none) and
 * no exclude glob; never the version table or its checksum table. The version tables of Flyway
 * and Liquibase belong to those tools, so they are left out too unless an include glob names one
 * exactly: a database adopted from either keeps them without autogen proposing to drop them.
 * Hibernate's temporary mutation tables ({@code HTE_*}) are left out the same way.
 */
public final class TableFilter implements Predicate<String> {
    /** Flyway's and Liquibase's default table names. */
    public static final Set<String> OTHER_TOOLS = Set.of("flyway_schema_history", "databasechangelog",
            "databasechangeloglock");

    /**
     * Hibernate's temporary mutation tables ({@code HTE_<entity>}): a running application creates
     * them for bulk updates and deletes of some mappings (as ordinary tables on SQLite), so they
     * come and go with it and are never the migrations' to create or drop.
     */
    public static final String HIBERNATE_TEMPORARY_PREFIX = "hte_";

    private final List<String> includeGlobs;
    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final String versionTable;

    public TableFilter(List<String> include, List<String> exclude, String versionTable) {
        this.includeGlobs = include.stream().map(String::strip).toList();
        this.include = include.stream().map(TableFilter::glob).toList();
        this.exclude = exclude.stream().map(TableFilter::glob).toList();
        this.versionTable = versionTable;
    }

    @Override
    public boolean test(String table) {
        if (table.equalsIgnoreCase(versionTable) || table.equalsIgnoreCase(ChecksumTable.nameFor(versionTable))
                || table.equalsIgnoreCase(ProgressTable.nameFor(versionTable))) {
            return false;
        }
        String lower = table.toLowerCase(Locale.ROOT);
        if ((OTHER_TOOLS.contains(lower) || lower.startsWith(HIBERNATE_TEMPORARY_PREFIX))
                && includeGlobs.stream().noneMatch(g -> g.equalsIgnoreCase(table))) {
            return false;
        }
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> p.matcher(table).matches());
        return included && exclude.stream().noneMatch(p -> p.matcher(table).matches());
    }

    /** Globs match case-insensitively: {@code *} any run of characters, {@code ?} one character. */
    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char ch : glob.strip().toCharArray()) {
            if (ch == '*') {
                regex.append(".*");
            } else if (ch == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public String toString() {
        return "tables " + include + " except " + exclude + " and " + versionTable.toLowerCase(Locale.ROOT);
    }
}
