package dev.autogen.config;

import dev.autogen.runtime.ChecksumTable;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which tables the diff considers: those matching an include glob (all, when there is none) and
 * no exclude glob; never the version table or its checksum table.
 */
public final class TableFilter implements Predicate<String> {
    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final String versionTable;

    public TableFilter(List<String> include, List<String> exclude, String versionTable) {
        this.include = include.stream().map(TableFilter::glob).toList();
        this.exclude = exclude.stream().map(TableFilter::glob).toList();
        this.versionTable = versionTable;
    }

    @Override
    public boolean test(String table) {
        if (table.equalsIgnoreCase(versionTable) || table.equalsIgnoreCase(ChecksumTable.nameFor(versionTable))) {
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
