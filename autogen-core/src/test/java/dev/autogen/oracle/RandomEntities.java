package dev.autogen.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Random entity models and changes to them, as Java source for Hibernate to read: the sample of
 * the random oracle that goes all the way through JPA, from annotations to Hibernate's validator.
 */
final class RandomEntities {
    private static final List<String> NAMES = List.of("Customer", "Invoice", "Product", "Shipment");
    private static final List<String> STRATEGIES = List.of("NONE", "NONE", "IDENTITY", "SEQUENCE", "TABLE");
    /** The enum every model declares; a change may give it a third constant. */
    static final String LEVEL = "enum Level { LOW, HIGH }\n";
    static final String LEVEL_WIDER = "enum Level { LOW, MEDIUM, HIGH }\n";

    private final Choices choices;

    RandomEntities(Choices choices) {
        this.choices = choices;
    }

    /** A pair of model sources: A, then A changed one to three times. */
    List<String> pair() {
        List<EntitySpec> a = new ArrayList<>();
        for (String name : NAMES) {
            if (a.isEmpty() || a.size() < 3 && choices.chance(40)) {
                a.add(entity(name));
            }
        }
        String enumA = LEVEL;
        List<EntitySpec> b = new ArrayList<>(a);
        String enumB = enumA;
        int count = 1 + choices.below(3);
        for (int i = 0; i < count; i++) {
            int kind = choices.below(6);
            if (kind == 5) {
                enumB = LEVEL_WIDER;
            } else {
                change(b, kind);
            }
        }
        return List.of(EntitySpec.sources(a, List.of(enumA)), EntitySpec.sources(b, List.of(enumB)));
    }

    private EntitySpec entity(String name) {
        List<String> fields = new ArrayList<>();
        int count = 1 + choices.below(4);
        for (int i = 0; i < count; i++) {
            fields.add(field("f" + i));
        }
        Optional<String> indexed = choices.chance(30) ? Optional.of("f0") : Optional.empty();
        return new EntitySpec(name, choices.pick(STRATEGIES), fields,
                choices.chance(20) ? Optional.of("The " + name + " table") : Optional.empty(), indexed)
                .withIndex(indexed);
    }

    /** One field declaration with its annotations. */
    String field(String name) {
        if (choices.chance(15)) {
            return "@Enumerated(EnumType." + choices.pick(List.of("STRING", "ORDINAL")) + ") Level " + name + ";";
        }
        String comment = choices.chance(15) ? "@Comment(\"About " + name + "\") " : "";
        List<String> column = new ArrayList<>();
        String declaration = declaration(name, column);
        if (choices.chance(30)) {
            column.add("nullable = false");
        }
        if (choices.chance(15)) {
            column.add("unique = true");
        }
        return comment + "@Column(" + String.join(", ", column) + ") " + declaration + ";";
    }

    /** A field's type and name, with its default annotation; size attributes go into {@code column}. */
    private String declaration(String name, List<String> column) {
        switch (choices.below(4)) {
            case 0:
                column.add("length = " + choices.pick(List.of(20, 80, 255)));
                return (choices.chance(30) ? "@ColumnDefault(\"'n/a'\") " : "") + "String " + name;
            case 1:
                column.add("precision = " + choices.pick(List.of(10, 12)) + ", scale = " + choices.pick(List.of(2, 4)));
                return "BigDecimal " + name;
            case 2:
                return (choices.chance(30) ? "@ColumnDefault(\"0\") " : "")
                        + choices.pick(List.of("Integer", "Long", "Short")) + " " + name;
            default:
                return choices.pick(List.of("LocalDate", "LocalDateTime", "OffsetDateTime", "Boolean")) + " " + name;
        }
    }

    private void change(List<EntitySpec> entities, int kind) {
        int at = choices.below(entities.size());
        EntitySpec entity = entities.get(at);
        List<String> fields = new ArrayList<>(entity.fields());
        if (kind == 0) {
            fields.add(field("g" + fields.size()));
        } else if (kind == 1 && !fields.isEmpty()) {
            fields.remove(choices.below(fields.size()));
        } else if (kind == 2 && !fields.isEmpty()) {
            int i = choices.below(fields.size());
            fields.set(i, field(EntitySpec.fieldName(fields.get(i))));
        } else if (kind == 3) {
            addReference(entities, at, fields);
        } else {
            entities.set(at, otherTableChange(entity));
            return;
        }
        entities.set(at, entity.withFields(fields));
    }

    /** A many-to-one to another entity of the model (or itself), maybe deleting along with it. */
    private void addReference(List<EntitySpec> entities, int at, List<String> fields) {
        EntitySpec target = entities.get(choices.below(entities.size()));
        String onDelete = choices.chance(40) ? "@OnDelete(action = OnDeleteAction.CASCADE) " : "";
        fields.add("@ManyToOne " + onDelete + target.name() + " ref" + fields.size() + ";");
    }

    private EntitySpec otherTableChange(EntitySpec entity) {
        switch (choices.below(3)) {
            case 0:
                return entity.withComment(entity.comment().isPresent() ? Optional.empty() : Optional.of("Changed"));
            case 1:
                return entity.withIdStrategy(choices.pick(STRATEGIES));
            default:
                return entity.withIndex(entity.indexedField().isPresent() || entity.fields().isEmpty() ? Optional.empty()
                        : Optional.of(EntitySpec.fieldName(entity.fields().get(0))));
        }
    }
}
