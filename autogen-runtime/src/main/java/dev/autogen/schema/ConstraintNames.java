package dev.autogen.schema;

import dev.autogen.migration.Migration;

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

    /** The name generated from what the constraint covers, whether or not it has a name. */
    public static String generated(String table, Constraint constraint) {
        if (constraint instanceof PrimaryKey) {
            return "pk_" + table;
        } else if (constraint instanceof UniqueConstraint uq) {
            return "uq_" + table + "_" + joined(uq.columns());
        } else if (constraint instanceof ForeignKey fk) {
            return "fk_" + table + "_" + joined(fk.columns()) + "_" + fk.referencedTable();
        }
        return "ck_" + table + "_" + firstColumnWord(((CheckConstraint) constraint).condition());
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
