package dev.autogen.render;

import dev.autogen.schema.ConstraintNames;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.BoundStatement;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.DropSchema;
import dev.autogen.ops.CreateSchema;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateSequence;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DataStep;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropSequence;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.OpVisitor;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * One op as one {@code op.xxx(...)} statement of a migration method. Calls name what they act on;
 * the runtime fills in the rest (a dropped column's definition) from the schema at that revision.
 */
final class OpCodeRenderer implements OpVisitor<CodeBlock> {
    private static final ClassName LIST = ClassName.get(List.class);

    private final StaticHelpers helpers;
    private final TableElementRenderer tables;

    OpCodeRenderer(StaticHelpers helpers) {
        this.helpers = helpers;
        this.tables = new TableElementRenderer(helpers);
    }

    /** One element per line: a table is read column by column. */
    @Override
    public CodeBlock visitCreateTable(CreateTable op) {
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(JavaString.of(op.table().name()));
        arguments.addAll(tables.elements(op.table()));
        return statement("op.createTable($L)", CodeBlock.join(arguments, ",\n"));
    }

    @Override
    public CodeBlock visitDropTable(DropTable op) {
        return statement("op.dropTable($L)", JavaString.of(op.table().name()));
    }

    @Override
    public CodeBlock visitRenameTable(RenameTable op) {
        return statement("op.renameTable($L,$W$L)", JavaString.of(op.from()), JavaString.of(op.to()));
    }

    @Override
    public CodeBlock visitAddColumn(AddColumn op) {
        return statement("op.addColumn($L,$W$L)", JavaString.of(op.table()), tables.column(op.column()));
    }

    @Override
    public CodeBlock visitDropColumn(DropColumn op) {
        return statement("op.dropColumn($L,$W$L)", JavaString.of(op.table()), JavaString.of(op.column().name()));
    }

    @Override
    public CodeBlock visitAlterColumn(AlterColumn op) {
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(JavaString.of(op.table()));
        arguments.add(JavaString.of(op.column()));
        arguments.addAll(changes(op));
        return statement("op.alterColumn($L)", CodeBlock.join(arguments, ",$W"));
    }

    @Override
    public CodeBlock visitRenameColumn(RenameColumn op) {
        return statement("op.renameColumn($L,$W$L,$W$L)",
                JavaString.of(op.table()), JavaString.of(op.from()), JavaString.of(op.to()));
    }

    @Override
    public CodeBlock visitCreateIndex(CreateIndex op) {
        String method = op.index().unique() ? "createUniqueIndex" : "createIndex";
        return statement("op.$N($L,$W$L,$W$L)$L", method, JavaString.of(op.index().name()), JavaString.of(op.table()),
                TableElementRenderer.strings(op.index().columnSpecs()), op.concurrently() ? ".concurrently()" : "");
    }

    @Override
    public CodeBlock visitDropIndex(DropIndex op) {
        return statement("op.dropIndex($L,$W$L)$L", JavaString.of(op.index().name()), JavaString.of(op.table()),
                op.concurrently() ? ".concurrently()" : "");
    }

    @Override
    public CodeBlock visitAddConstraint(AddConstraint op) {
        Constraint c = op.constraint();
        String name = ConstraintNames.of(op.table(), c);
        if (c instanceof PrimaryKey pk) {
            return statement("op.createPrimaryKey($L,$W$L,$W$L)", JavaString.of(name), JavaString.of(op.table()),
                    TableElementRenderer.strings(pk.columns()));
        } else if (c instanceof UniqueConstraint uq) {
            return statement("op.createUniqueConstraint($L,$W$L,$W$L)", JavaString.of(name), JavaString.of(op.table()),
                    TableElementRenderer.strings(uq.columns()));
        } else if (c instanceof ForeignKey fk) {
            CodeBlock nameAndTable = CodeBlock.of("$L,$W$L", JavaString.of(name), JavaString.of(op.table()));
            return statement("op.createForeignKey($L)", TableElementRenderer.foreignKeyArguments(nameAndTable, fk));
        }
        CheckConstraint ck = (CheckConstraint) c;
        return statement("op.createCheckConstraint($L,$W$L,$W$L)",
                JavaString.of(name), JavaString.of(op.table()), JavaString.of(ck.condition()));
    }

    @Override
    public CodeBlock visitDropConstraint(DropConstraint op) {
        return statement("op.dropConstraint($L,$W$L)",
                JavaString.of(ConstraintNames.of(op.table(), op.constraint())), JavaString.of(op.table()));
    }

    @Override
    public CodeBlock visitCreateSequence(CreateSequence op) {
        return statement("op.createSequence($L,$W$L,$W$L)",
                JavaString.of(op.sequence().name()), longLiteral(op.sequence().start()),
                longLiteral(op.sequence().increment()));
    }

    @Override
    public CodeBlock visitDropSequence(DropSequence op) {
        return statement("op.dropSequence($L)", JavaString.of(op.sequence().name()));
    }

    @Override
    public CodeBlock visitAlterSequence(AlterSequence op) {
        return statement("op.alterSequence($L,$W$L,$W$L)", JavaString.of(op.name()), longLiteral(op.to().start()),
                longLiteral(op.to().increment()));
    }

    @Override
    public CodeBlock visitAlterTableComment(AlterTableComment op) {
        return op.to().isPresent()
                ? statement("op.createTableComment($L,$W$L)", JavaString.of(op.table()), JavaString.of(op.to().get()))
                : statement("op.dropTableComment($L)", JavaString.of(op.table()));
    }

    @Override
    public CodeBlock visitExecuteSql(ExecuteSql op) {
        return statement("op.execute($L)", JavaString.of(op.sql()));
    }

    /**
     * A bound statement as the call that made it (null values as {@code (Object) null}); a Java
     * callback as a comment, since its code is not in the op. No diff produces either.
     */
    @Override
    public CodeBlock visitDataStep(DataStep op) {
        if (op.work() instanceof BoundStatement bound) {
            CodeBlock.Builder call = CodeBlock.builder().add("op.execute($L", JavaString.of(bound.sql()));
            for (Object value : bound.params()) {
                call.add(",$W").add(value == null ? CodeBlock.of("(Object) null") : ValueRenderer.value("?", value));
            }
            return CodeBlock.builder().addStatement("$L)", call.build()).build();
        }
        return CodeBlock.of("// op.run(connection -> ...): a Java callback, whose code only its file holds\n");
    }

    /** One row per line, like the elements of a table. */
    @Override
    public CodeBlock visitBulkInsert(BulkInsert op) {
        if (op.rows().isEmpty()) {
            return statement("op.bulkInsert($L, $T.of())", JavaString.of(op.table()), LIST);
        }
        CodeBlock rows = op.rows().stream().map(ValueRenderer::row).collect(CodeBlock.joining(",\n"));
        return statement("op.bulkInsert($L, $T.of(\n$L))", JavaString.of(op.table()), LIST, rows);
    }

    @Override
    public CodeBlock visitCreateSchema(CreateSchema op) {
        return statement("op.createSchema($L)", JavaString.of(op.name()));
    }

    @Override
    public CodeBlock visitDropSchema(DropSchema op) {
        return statement("op.dropSchema($L)", JavaString.of(op.name()));
    }

    /** Only what changed, so that the call reads as the change it makes. */
    private List<CodeBlock> changes(AlterColumn op) {
        Column to = op.to();
        List<CodeBlock> changes = new ArrayList<>();
        // A database may store an identity column with a type of its own (SQLite's rowid is an
        // INTEGER), so an identity change restates the type: the way back then restores the type too.
        if (op.typeChanged() || op.identityChanged()) {
            changes.add(helpers.alter("type", TypeRenderer.of(to.type())));
        }
        if (op.nullabilityChanged()) {
            changes.add(helpers.alter("nullable", CodeBlock.of("$L", to.nullable())));
        }
        if (op.defaultChanged()) {
            changes.add(to.defaultValue().isPresent()
                    ? helpers.alter("serverDefault", JavaString.of(to.defaultValue().get()))
                    : helpers.alter("dropServerDefault", CodeBlock.of("")));
        }
        if (op.commentChanged()) {
            changes.add(to.comment().isPresent()
                    ? helpers.alter("comment", JavaString.of(to.comment().get()))
                    : helpers.alter("dropComment", CodeBlock.of("")));
        }
        if (op.identityChanged()) {
            changes.add(helpers.alter("identity", CodeBlock.of("$L", to.identity())));
        }
        return changes;
    }

    /** An int-sized value needs no suffix; a larger one must carry {@code L} to compile. */
    private static CodeBlock longLiteral(long value) {
        boolean fitsInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
        return CodeBlock.of(fitsInt ? "$L" : "$LL", value);
    }

    private static CodeBlock statement(String format, Object... arguments) {
        return CodeBlock.builder().addStatement(format, arguments).build();
    }
}
