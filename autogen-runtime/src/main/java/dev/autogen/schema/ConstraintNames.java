package dev.autogen.schema;

import dev.autogen.migration.Migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for constraints that have none. Migration files name every constraint they create (the
 * database would otherwise pick a name no file knows), so the renderer gives an unnamed constraint
 * a name derived from what it covers: {@code pk_users}, {@code uq_users_email},
 * {@code fk_orders_user_id_users}, {@code ck_orders_status}. The runtime accepts the same name for
 * an unnamed constraint it finds in the schema, so a generated {@code dropConstraint} works too.
 */
public final class ConstraintNames {
    /**
     * The longest generated name, in UTF-8 bytes: the smallest identifier limit of the databases
     * autogen supports (PostgreSQL keeps 63), so a generated name is the same on all of them.
     */
    public static final int MAX_BYTES = 63;
    /** An underscore and eight hex digits. */
    private static final int HASH_SUFFIX_BYTES = 9;
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> SQL_WORDS = Set.of("and", "or", "not", "in", "is", "null", "between",
            "like", "true", "false", "case", "when", "then", "else", "end", "any", "all", "array", "text",
            "varchar", "integer", "character", "varying");

    private ConstraintNames() {
    }

    /** The constraint's own name, or the generated one. */
    public static String of(String table, Constraint constraint) {
        return constraint.name().orElseGet(() -> generated(table, constraint));
    }

    /**
     * The name generated from what the constraint covers, whether or not it has a name. It fits
     * {@link #MAX_BYTES}: a longer one keeps its start and ends in a hash of the whole, so two
     * constraints of one long table never share a name after the database cuts them.
     */
    public static String generated(String table, Constraint constraint) {
        return fitted(full(table, constraint));
    }

    /** Tables in another schema ({@code billing.invoices}) give their name without it: a name has no dot. */
    private static String full(String qualifiedTable, Constraint constraint) {
        String table = QualifiedName.local(qualifiedTable);
        if (constraint instanceof PrimaryKey) {
            return "pk_" + table;
        } else if (constraint instanceof UniqueConstraint uq) {
            return "uq_" + table + "_" + joined(uq.columns());
        } else if (constraint instanceof ForeignKey fk) {
            return "fk_" + table + "_" + joined(fk.columns()) + "_" + QualifiedName.local(fk.referencedTable());
        }
        return "ck_" + table + "_" + firstColumnWord(((CheckConstraint) constraint).condition());
    }

    /**
     * {@code name} when it fits {@link #MAX_BYTES}; otherwise its first bytes (never half a
     * character), an underscore and eight hex digits of its SHA-256: stable, and distinct for
     * distinct names.
     */
    public static String fitted(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_BYTES) {
            return name;
        }
        int end = MAX_BYTES - HASH_SUFFIX_BYTES;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(utf8);
            return new String(utf8, 0, end, StandardCharsets.UTF_8) + "_" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String joined(List<String> columns) {
        return String.join("_", columns);
    }

    /** The first word of the condition that is neither SQL nor a function name: usually its column. */
    private static String firstColumnWord(String condition) {
        Matcher m = WORD.matcher(condition);
        while (m.find()) {
            String word = m.group();
            boolean quotedText = m.start() > 0 && condition.charAt(m.start() - 1) == '\'';
            boolean function = condition.substring(m.end()).stripLeading().startsWith("(");
            if (!quotedText && !function && !SQL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return word;
            }
        }
        return "check";
    }
}
