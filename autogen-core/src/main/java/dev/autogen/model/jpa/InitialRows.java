package dev.autogen.model.jpa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;

/**
 * The rows Hibernate's schema export inserts right after creating a table: a table that emulates
 * a sequence starts with its initial value ({@code insert into thing_seq ( next_val ) values ( 5 )}),
 * a table generator with its segment's row. Hibernate keeps them only as SQL init commands, in the
 * one shape its generators write, which is read back here into column-to-value rows.
 */
final class InitialRows {
    private static final Pattern INSERT = Pattern.compile(
            "insert\\s+into\\s+\\S+?\\s*\\(([^)]*)\\)\\s*values\\s*\\((.*)\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("\\s*(-?\\d+|'(?:[^']|'')*')\\s*");

    private final SqlStringGenerationContext context;
    private final MappingWarnings warnings;

    InitialRows(Metadata metadata, MappingWarnings warnings) {
        this.warnings = warnings;
        this.context = SqlStringGenerationContextImpl.fromExplicit(metadata.getDatabase().getJdbcEnvironment(),
                metadata.getDatabase(), null, null);
    }

    /** The rows of {@code table}, keyed by the stored names in {@code columns}. */
    List<Map<String, Object>> of(org.hibernate.mapping.Table table, List<String> columns) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (InitCommand command : table.getInitCommands(context)) {
            for (String sql : command.initCommands()) {
                Optional<Map<String, Object>> row = parse(sql, columns);
                if (row.isPresent()) {
                    rows.add(row.get());
                } else {
                    warnings.warn(InitialRows.class, "Left out Hibernate''s init command for table {0}: {1}",
                            table.getName(), sql);
                }
            }
        }
        return rows;
    }

    /** {@code insert into t (a, b) values (1, 'x')} as a row; empty for any other statement. */
    static Optional<Map<String, Object>> parse(String sql, List<String> columns) {
        Matcher insert = INSERT.matcher(sql.strip());
        if (!insert.matches()) {
            return Optional.empty();
        }
        String[] names = insert.group(1).split(",");
        List<Object> values = values(insert.group(2));
        if (values == null || values.size() != names.length) {
            return Optional.empty();
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            Optional<String> column = storedName(names[i], columns);
            if (column.isEmpty()) {
                return Optional.empty();
            }
            row.put(column.get(), values.get(i));
        }
        return Optional.of(row);
    }

    /** Integer and string literals, or null when the list holds anything else. */
    private static List<Object> values(String list) {
        List<Object> values = new ArrayList<>();
        Matcher m = VALUE.matcher(list);
        int at = 0;
        while (at < list.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            String literal = m.group(1);
            values.add(literal.startsWith("'")
                    ? literal.substring(1, literal.length() - 1).replace("''", "'") : Long.valueOf(literal));
            at = m.end();
            if (at < list.length() && list.charAt(at) != ',') {
                return null;
            }
            at++;
        }
        return values;
    }

    /** The table's column a name in the statement means: Hibernate may quote it, the database may fold it. */
    private static Optional<String> storedName(String written, List<String> columns) {
        String bare = written.strip().replace("\"", "").replace("`", "");
        return columns.stream().filter(c -> c.equals(bare)).findFirst()
                .or(() -> columns.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(bare.toLowerCase(Locale.ROOT)))
                        .findFirst());
    }
}
