package dev.autogen.render;

import dev.autogen.schema.ConstraintNames;
import dev.autogen.migration.Columns;
import dev.autogen.migration.Type;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.ReferentialAction;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a table as {@code Columns} calls: {@code column("id", Type.bigint()).notNull()},
 * {@code primaryKey("id")}, {@code unique("uq_users_email", "email")}, ... The primary key is always
 * a table element, never {@code .primaryKey()} on a column, so one spelling covers single and
 * composite keys alike.
 */
final class TableElementRenderer {
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName ACTION = ClassName.get(ReferentialAction.class);

    private final StaticHelpers helpers;

    TableElementRenderer(StaticHelpers helpers) {
        this.helpers = helpers;
    }

    /** In the order a person declares a table: columns, keys, constraints, indexes, comment. */
    List<CodeBlock> elements(Table table) {
        List<CodeBlock> elements = new ArrayList<>();
        table.columns().forEach(c -> elements.add(column(c)));
        table.primaryKey().ifPresent(pk -> elements.add(primaryKey(pk)));
        table.uniqueConstraints().forEach(u -> elements.add(unique(table.name(), u)));
        table.foreignKeys().forEach(fk -> elements.add(foreignKey(table.name(), fk)));
        table.checks().forEach(ck -> elements.add(check(table.name(), ck)));
        table.indexes().forEach(ix -> elements.add(index(ix)));
        table.comment().ifPresent(text -> elements.add(helpers.columns("comment", JavaString.of(text))));
        return elements;
    }

    CodeBlock column(Column column) {
        CodeBlock.Builder code = CodeBlock.builder().add(helpers.columns("column",
                CodeBlock.of("$L, $L", JavaString.of(column.name()), TypeRenderer.of(column.type()))));
        if (!column.nullable()) {
            code.add(".notNull()");
        }
        if (column.identity()) {
            code.add(".identity()");
        }
        column.defaultValue().ifPresent(sql -> code.add(".serverDefault($L)", JavaString.of(sql)));
        column.comment().ifPresent(text -> code.add(".comment($L)", JavaString.of(text)));
        return code.build();
    }

    private CodeBlock primaryKey(PrimaryKey pk) {
        if (pk.name().isPresent()) {
            return helpers.columns("namedPrimaryKey", strings(pk.name().get(), pk.columns()));
        }
        return helpers.columns("primaryKey", strings(pk.columns()));
    }

    private CodeBlock unique(String table, UniqueConstraint unique) {
        return helpers.columns("unique", strings(ConstraintNames.of(table, unique), unique.columns()));
    }

    private CodeBlock foreignKey(String table, ForeignKey fk) {
        CodeBlock name = JavaString.of(ConstraintNames.of(table, fk));
        return helpers.columns("foreignKey", foreignKeyArguments(name, fk));
    }

    private CodeBlock check(String table, CheckConstraint check) {
        return helpers.columns("check",
                CodeBlock.of("$L,$W$L", JavaString.of(ConstraintNames.of(table, check)), JavaString.of(check.condition())));
    }

    private CodeBlock index(Index index) {
        return helpers.columns(index.unique() ? "uniqueIndex" : "index", strings(index.name(), index.columnSpecs()));
    }

    /**
     * {@code "fk", List.of("user_id"), "users", List.of("id")} after the name (and table), plus the
     * action unless it is the default.
     */
    static CodeBlock foreignKeyArguments(CodeBlock nameAndTable, ForeignKey fk) {
        CodeBlock.Builder code = CodeBlock.builder().add("$L,$W$L,$W$L,$W$L", nameAndTable, list(fk.columns()),
                JavaString.of(fk.referencedTable()), list(fk.referencedColumns()));
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            code.add(",$W$T.$N", ACTION, fk.onDelete().name());
        }
        return code.build();
    }

    static CodeBlock list(List<String> values) {
        return CodeBlock.of("$T.of($L)", LIST, strings(values));
    }

    /** {@code "a", "b", "c"}, breakable between arguments when the line grows long. */
    static CodeBlock strings(List<String> values) {
        return values.stream().map(v -> JavaString.of(v)).collect(CodeBlock.joining(",$W"));
    }

    static CodeBlock strings(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return strings(all);
    }
}
