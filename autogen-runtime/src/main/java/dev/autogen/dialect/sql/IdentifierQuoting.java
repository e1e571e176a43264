package dev.autogen.dialect.sql;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The quoting rule every database shares: a name is written bare when the database reads it back
 * unchanged (it matches {@code plain} and is not reserved), else between quote characters with
 * the quote character doubled inside. Databases differ only in the three parts.
 *
 * @param plain the names the database keeps as written without quotes
 * @param reserved the words that cannot be a name unquoted
 * @param quoteChar {@code "} in standard SQL, a backtick on MySQL
 */
public record IdentifierQuoting(Pattern plain, Predicate<String> reserved, char quoteChar) {

    /**
     * {@code identifier} as SQL, quoted only where the database needs it. A qualified name
     * ({@code billing.invoices}, see {@code schema.QualifiedName}) is quoted part by part.
     */
    public String quote(String identifier) {
        int dot = identifier.indexOf('.');
        if (dot > 0 && dot < identifier.length() - 1) {
            return part(identifier.substring(0, dot)) + "." + part(identifier.substring(dot + 1));
        }
        return part(identifier);
    }

    private String part(String identifier) {
        if (plain.matcher(identifier).matches() && !reserved.test(identifier)) {
            return identifier;
        }
        String q = String.valueOf(quoteChar);
        return q + identifier.replace(q, q + q) + q;
    }
}
