package dev.autogen.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A random entity as data, written out as Java source: its name, how its id is generated, its
 * fields (each a declaration with its annotations), a table comment and an index. Changes are made
 * on this form and the source is written afresh for each model.
 */
record EntitySpec(String name, String idStrategy, List<String> fields, Optional<String> comment,
        Optional<String> indexedField) {

    EntitySpec {
        fields = List.copyOf(fields);
    }

    EntitySpec withFields(List<String> newFields) {
        return new EntitySpec(name, idStrategy, newFields, comment, indexedField.filter(f -> declares(newFields, f)));
    }

    EntitySpec withComment(Optional<String> newComment) {
        return new EntitySpec(name, idStrategy, fields, newComment, indexedField);
    }

    EntitySpec withIdStrategy(String strategy) {
        return new EntitySpec(name, strategy, fields, comment, indexedField);
    }

    EntitySpec withIndex(Optional<String> field) {
        return new EntitySpec(name, idStrategy, fields, comment, field.filter(f -> declares(fields, f)));
    }

    /** The field's name: the last word of its declaration. */
    static String fieldName(String declaration) {
        String[] words = declaration.trim().split("\\s+");
        return words[words.length - 1].replace(";", "");
    }

    private static boolean declares(List<String> fields, String name) {
        return fields.stream().anyMatch(f -> fieldName(f).equals(name) && !f.contains("@ManyToOne"));
    }

    String source() {
        StringBuilder java = new StringBuilder();
        comment.ifPresent(text -> java.append("@Comment(\"").append(text).append("\")\n"));
        indexedField.ifPresent(field -> java.append("@Table(indexes = @Index(name = \"ix_").append(name.toLowerCase())
                .append("_").append(field.toLowerCase()).append("\", columnList = \"").append(field).append("\"))\n"));
        java.append("@Entity class ").append(name).append(" {\n    @Id ").append(idAnnotation()).append("Long id;\n");
        for (String field : fields) {
            java.append("    ").append(field).append("\n");
        }
        return java.append("}\n").toString();
    }

    private String idAnnotation() {
        if (idStrategy.equals("IDENTITY") || idStrategy.equals("TABLE")) {
            return "@GeneratedValue(strategy = GenerationType." + idStrategy + ") ";
        } else if (idStrategy.equals("SEQUENCE")) {
            return "@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"" + name + "_gen\") "
                    + "@SequenceGenerator(name = \"" + name + "_gen\", sequenceName = \"" + name.toLowerCase()
                    + "_ids\", allocationSize = 20) ";
        }
        return "";
    }

    static String sources(List<EntitySpec> entities, List<String> enums) {
        List<String> parts = new ArrayList<>();
        entities.forEach(e -> parts.add(e.source()));
        parts.addAll(enums);
        return String.join("", parts);
    }
}
