package dev.autogen.diagram;

import dev.autogen.ops.TypeWords;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables as a Mermaid entity-relationship diagram: each table with its columns (type, PK, FK, UK,
 * NOT NULL), and a line for each foreign key, many rows to one, optional when its columns may be
 * null. A table a foreign key names but the picture leaves out is drawn without columns, so every
 * line has both ends.
 */
public final class SchemaDiagram {
    private SchemaDiagram() {
    }

    /** Every table of the schema. */
    public static String render(Schema schema) {
        return render(schema, schema.tables().stream().map(Table::name).toList(), Map.of());
    }

    /**
     * @param shown the tables drawn with their columns, in this order
     * @param marks per table, per column, what a change does to it
     */
    public static String render(Schema schema, List<String> shown, Map<String, Map<String, ColumnMark>> marks) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        Set<String> drawn = new HashSet<>();
        List<String> relations = new ArrayList<>();
        for (String name : shown) {
            schema.table(name).ifPresent(table -> {
                drawn.add(table.name());
                entity(out, table, marks.getOrDefault(table.name(), Map.of()));
                for (ForeignKey fk : table.foreignKeys()) {
                    relations.add(relation(table, fk));
                    if (drawn.add(fk.referencedTable()) && !shown.contains(fk.referencedTable())) {
                        out.append("    ").append(MermaidText.quoted(fk.referencedTable())).append(" {\n    }\n");
                    }
                }
            });
        }
        relations.forEach(out::append);
        return out.toString();
    }

    private static void entity(StringBuilder out, Table table, Map<String, ColumnMark> marks) {
        out.append("    ").append(MermaidText.quoted(table.name())).append(" {\n");
        for (Column column : table.columns()) {
            attribute(out, table, column, marks.get(column.name()));
        }
        out.append("    }\n");
    }

    private static void attribute(StringBuilder out, Table table, Column column, ColumnMark mark) {
        String type = TypeWords.of(column.type());
        String typeToken = MermaidText.token(type);
        String nameToken = MermaidText.token(column.name());
        List<String> notes = new ArrayList<>();
        if (mark != null) {
            notes.add(mark.word());
        }
        if (!nameToken.equals(column.name())) {
            notes.add("column " + column.name());
        }
        if (!typeToken.equals(type)) {
            notes.add(type);
        }
        if (!column.nullable()) {
            notes.add("NOT NULL");
        }
        out.append("        ").append(typeToken).append(' ').append(nameToken);
        String keys = keys(table, column.name());
        if (!keys.isEmpty()) {
            out.append(' ').append(keys);
        }
        if (!notes.isEmpty()) {
            out.append(' ').append(MermaidText.quoted(String.join(", ", notes)));
        }
        out.append('\n');
    }

    private static String keys(Table table, String column) {
        List<String> keys = new ArrayList<>();
        if (table.primaryKey().map(pk -> pk.columns().contains(column)).orElse(false)) {
            keys.add("PK");
        }
        if (table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))) {
            keys.add("FK");
        }
        if (table.uniqueConstraints().stream().map(UniqueConstraint::columns).anyMatch(cols -> cols.contains(column))) {
            keys.add("UK");
        }
        return String.join(", ", keys);
    }

    private static String relation(Table table, ForeignKey fk) {
        boolean optional = fk.columns().stream()
                .allMatch(name -> table.columns().stream().anyMatch(c -> c.name().equals(name) && c.nullable()));
        boolean oneToOne = table.primaryKey().map(pk -> pk.columns().equals(fk.columns())).orElse(false)
                || table.uniqueConstraints().stream().anyMatch(u -> u.columns().equals(fk.columns()));
        String many = oneToOne ? "|o" : "}o";
        String one = optional ? "o|" : "||";
        return "    " + MermaidText.quoted(table.name()) + " " + many + "--" + one + " "
                + MermaidText.quoted(fk.referencedTable()) + " : " + MermaidText.quoted(String.join(", ", fk.columns()))
                + "\n";
    }
}
