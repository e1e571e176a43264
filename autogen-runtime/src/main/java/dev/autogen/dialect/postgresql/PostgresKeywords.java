package dev.autogen.dialect.postgresql;

import dev.autogen.dialect.sql.IdentifierQuoting;
import java.util.Set;
import java.util.regex.Pattern;

/** PostgreSQL's reserved words and the quoting rule built on them. */
final class PostgresKeywords {
    /** A name PostgreSQL keeps as written without quotes: it folds unquoted names to lower case. */
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * {@code pg_get_keywords()} of PostgreSQL 15, categories R (reserved) and T (reserved, can be a
     * function or type name): the only keywords that cannot be a table or column name unquoted.
     */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case",
            "cast", "check", "collate", "column", "constraint", "create", "current_catalog", "current_date",
            "current_role", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from",
            "grant", "group", "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit",
            "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing",
            "primary", "references", "returning", "select", "session_user", "some", "symmetric", "table",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where",
            "window", "with",
            "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze",
            "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer",
            "overlaps", "right", "similar", "tablesample", "verbose");

    private static final IdentifierQuoting QUOTING = new IdentifierQuoting(PLAIN, RESERVED::contains, '"');

    private PostgresKeywords() {
    }

    static boolean isReserved(String word) {
        return RESERVED.contains(word);
    }

    /** {@code identifier} as SQL: bare when PostgreSQL would read it back unchanged, else double-quoted. */
    static String quote(String identifier) {
        return QUOTING.quote(identifier);
    }
}
