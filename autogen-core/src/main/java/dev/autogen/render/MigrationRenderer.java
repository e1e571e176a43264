package dev.autogen.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Revision;
import dev.autogen.ops.IrreversibleOperationException;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.script.RevisionInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one revision as a Java migration class through JavaPoet: {@code upgrade()} holds the plan,
 * {@code downgrade()} its exact reverse, and the class Javadoc says in plain words what changes.
 * The same revision and plan always give the same bytes.
 */
public final class MigrationRenderer {
    private MigrationRenderer() {
    }

    /** The migration class for one revision: upgrade() holds the plan, downgrade() its reverse. */
    public static RenderedMigration render(RevisionInfo revision, String packageName, MigrationPlan plan) {
        String className = MigrationClassNames.of(revision);
        StaticHelpers helpers = new StaticHelpers();
        OpCodeRenderer ops = new OpCodeRenderer(helpers);
        TypeSpec type = TypeSpec.classBuilder(className)
                .addJavadoc("$L", JavadocText.escape(ChangeSummary.of(revision.message(), plan)))
                .addAnnotation(revisionAnnotation(revision))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addMethod(method("upgrade", upgradeBody(plan, ops)))
                .addMethod(method("downgrade", downgradeBody(plan, ops)))
                .build();
        JavaFile.Builder file = JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ");
        helpers.addImportsTo(file);
        return new RenderedMigration(className, file.build().toString());
    }

    private static AnnotationSpec revisionAnnotation(RevisionInfo revision) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Revision.class).addMember("id", "$S", revision.id());
        if (!revision.parents().isEmpty()) {
            annotation.addMember("parents", "{$L}", strings(revision.parents()));
        }
        annotation.addMember("message", "$S", revision.message());
        annotation.addMember("created", "$S", revision.created());
        if (!revision.branchLabels().isEmpty()) {
            annotation.addMember("branchLabels", "{$L}", strings(revision.branchLabels()));
        }
        return annotation.build();
    }

    private static CodeBlock upgradeBody(MigrationPlan plan, OpCodeRenderer ops) {
        if (plan.isEmpty()) {
            return CodeBlock.of("// TODO: write this revision's changes, e.g. $L\n", "op.addColumn(...) or op.createIndex(...).");
        }
        return plan.upgrade().stream().map(op -> op.accept(ops)).collect(CodeBlock.joining(""));
    }

    /**
     * The reverse of each upgrade op, last first. An op with no reverse (raw SQL without its undo,
     * inserted rows) leaves a TODO in its place rather than failing the whole file; rows inserted
     * into a table the upgrade creates need none, as dropping the table removes them.
     */
    private static CodeBlock downgradeBody(MigrationPlan plan, OpCodeRenderer ops) {
        if (plan.isEmpty()) {
            return CodeBlock.of("// TODO: undo exactly what upgrade() does, in reverse order.\n");
        }
        List<Op> upgrade = new ArrayList<>(plan.upgrade());
        Collections.reverse(upgrade);
        CodeBlock.Builder body = CodeBlock.builder();
        for (Op op : upgrade) {
            if (plan.isUndoneWithItsTable(op)) {
                continue;
            }
            try {
                body.add(op.reverse().accept(ops));
            } catch (IrreversibleOperationException e) {
                body.add("// TODO: undo by hand, autogen cannot: $L\n", JavadocText.oneLine(op.describe()));
            }
        }
        return body.build();
    }

    private static MethodSpec method(String name, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, "op")
                .addCode(body)
                .build();
    }

    private static CodeBlock strings(List<String> values) {
        return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    }
}
