package dev.autogen.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autogen.dialect.Dialect;
import dev.autogen.migration.Migration;
import dev.autogen.migration.Operations;
import dev.autogen.migration.Revision;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.IrreversibleOperationException;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.revision.RevisionInfo;
import dev.autogen.verify.Lint;
import dev.autogen.verify.LintedOp;
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
    private static final CodeBlock MERGE_BODY = CodeBlock.of("// A merge changes nothing.\n");

    private MigrationRenderer() {
    }

    /**
     * The migration class for one revision: upgrade() holds the plan, downgrade() its reverse. The
     * Javadoc flags only what holds on every database; {@link #render(RevisionInfo, String,
     * MigrationPlan, Dialect)} adds the locks of the configured one.
     */
    public static RenderedMigration render(RevisionInfo revision, String packageName, MigrationPlan plan) {
        return render(revision, packageName, plan, Lint.portable());
    }

    /** The migration class, its Javadoc flagging the locks the changes take on {@code dialect}'s database too. */
    public static RenderedMigration render(RevisionInfo revision, String packageName, MigrationPlan plan,
            Dialect dialect) {
        return render(revision, packageName, plan, Lint.of(dialect));
    }

    /**
     * A squashed revision ({@code autogen squash}): the Javadoc lists the combined changes and
     * names the range of revisions it replaces.
     */
    public static RenderedMigration renderSquash(RevisionInfo revision, String packageName, MigrationPlan plan,
            Dialect dialect) {
        List<String> replaced = revision.replaces();
        String summary = ChangeSummary.of(revision.message(), plan, Lint.of(dialect)) + "\nSquashes the "
                + replaced.size() + " revisions " + replaced.get(0) + " to " + replaced.get(replaced.size() - 1)
                + " into one; their files are kept in the folder replaced/ so that a database stamped inside the"
                + " range can still be upgraded.\n";
        return render(revision, packageName, plan, summary);
    }

    /**
     * The backfill step of {@code revision --safe}: no calls, a fill-in placeholder per column
     * ({@code table.column}) that the next steps will make NOT NULL; its downgrade has nothing to undo.
     */
    public static RenderedMigration renderBackfill(RevisionInfo revision, String packageName, List<String> columns) {
        String summary = revision.message().strip() + "\n\nFills " + String.join(", ", columns) + " in every row"
                + " before the next revisions check and enforce NOT NULL. Write the fill here: each UPDATE takes"
                + " only row locks; on a large table, fill in batches.\n";
        List<CodeBlock> upgrade = new ArrayList<>();
        columns.forEach(c -> upgrade.add(FillInPlaceholder.backfill(c.substring(0, c.indexOf('.')),
                c.substring(c.indexOf('.') + 1))));
        StaticHelpers helpers = new StaticHelpers();
        TypeSpec type = TypeSpec.classBuilder(MigrationClassNames.of(revision))
                .addJavadoc("$L", JavadocText.escape(summary))
                .addAnnotation(revisionAnnotation(revision, new MigrationPlan(List.of())))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addMethods(methods("upgrade", upgrade))
                .addMethods(methods("downgrade", List.of(CodeBlock.of("// Nothing to undo: the values stay until the"
                        + " column is dropped or its fill is written again.\n"))))
                .build();
        JavaFile.Builder file = JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ");
        helpers.addImportsTo(file);
        return new RenderedMigration(MigrationClassNames.of(revision), file.build().toString());
    }

    /**
     * A baseline: a first revision whose plan creates the schema a database already has. Its
     * Javadoc is {@code summary} (saying it is a baseline and where the schema came from) instead of
     * one line per created object.
     */
    public static RenderedMigration renderBaseline(RevisionInfo revision, String packageName, MigrationPlan plan,
            String summary) {
        return render(revision, packageName, plan, summary);
    }

    private static RenderedMigration render(RevisionInfo revision, String packageName, MigrationPlan plan, Lint lint) {
        boolean merge = revision.isMerge() && plan.isEmpty();
        return render(revision, packageName, plan,
                merge ? mergeSummary(revision) : ChangeSummary.of(revision.message(), plan, lint), lint);
    }

    private static RenderedMigration render(RevisionInfo revision, String packageName, MigrationPlan plan,
            String summary) {
        return render(revision, packageName, plan, summary, Lint.portable());
    }

    private static RenderedMigration render(RevisionInfo revision, String packageName, MigrationPlan plan,
            String summary, Lint lint) {
        String className = MigrationClassNames.of(revision);
        StaticHelpers helpers = new StaticHelpers();
        OpCodeRenderer ops = new OpCodeRenderer(helpers);
        boolean merge = revision.isMerge() && plan.isEmpty();
        TypeSpec type = TypeSpec.classBuilder(className)
                .addJavadoc("$L", JavadocText.escape(summary))
                .addAnnotation(revisionAnnotation(revision, plan))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addMethods(methods("upgrade", merge ? List.of(MERGE_BODY) : upgradeBody(plan, ops, lint)))
                .addMethods(methods("downgrade", merge ? List.of(MERGE_BODY) : downgradeBody(plan, ops)))
                .build();
        JavaFile.Builder file = JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ");
        helpers.addImportsTo(file);
        return new RenderedMigration(className, file.build().toString());
    }

    /** A merge only joins branches: nothing to write, unless the branches conflict and need a fix here. */
    private static String mergeSummary(RevisionInfo revision) {
        String message = revision.message().isBlank() ? "" : revision.message().strip() + "\n\n";
        return message + "Merges " + String.join(", ", revision.parents()) + " into one branch; it changes nothing.\n";
    }

    /** {@code transactional = false} when the plan builds or drops an index concurrently, which needs it. */
    private static AnnotationSpec revisionAnnotation(RevisionInfo revision, MigrationPlan plan) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Revision.class).addMember("id", "$S", revision.id());
        if (!revision.parents().isEmpty()) {
            annotation.addMember("parents", "{$L}", strings(revision.parents()));
        }
        annotation.addMember("message", "$L", JavaString.of(revision.message()));
        annotation.addMember("created", "$S", revision.created());
        if (!revision.branchLabels().isEmpty()) {
            annotation.addMember("branchLabels", "{$L}", strings(revision.branchLabels()));
        }
        if (plan.upgrade().stream().anyMatch(op -> op instanceof CreateIndex create && create.concurrently()
                || op instanceof DropIndex drop && drop.concurrently())) {
            annotation.addMember("transactional", "$L", false);
        }
        if (!revision.replaces().isEmpty()) {
            annotation.addMember("replaces", "{$L}", strings(revision.replaces()));
        }
        return annotation.build();
    }

    /** Each op's call, a NOT NULL column that needs data preceded by its fill-in placeholder. */
    private static List<CodeBlock> upgradeBody(MigrationPlan plan, OpCodeRenderer ops, Lint lint) {
        if (plan.isEmpty()) {
            return List.of(CodeBlock.of("// TODO: write this revision's changes, e.g. $L\n",
                    "op.addColumn(...) or op.createIndex(...)."));
        }
        List<CodeBlock> body = new ArrayList<>();
        for (LintedOp linted : lint.check(plan.upgrade())) {
            FillInPlaceholder.before(linted).ifPresent(body::add);
            body.add(linted.op().accept(ops));
        }
        return body;
    }

    /**
     * The reverse of each upgrade op, last first. An op with no reverse (raw SQL without its undo,
     * inserted rows) leaves a TODO in its place rather than failing the whole file; rows inserted
     * into a table the upgrade creates need none, as dropping the table removes them.
     */
    private static List<CodeBlock> downgradeBody(MigrationPlan plan, OpCodeRenderer ops) {
        if (plan.isEmpty()) {
            return List.of(CodeBlock.of("// TODO: undo exactly what upgrade() does, in reverse order.\n"));
        }
        List<Op> upgrade = new ArrayList<>(plan.upgrade());
        Collections.reverse(upgrade);
        List<CodeBlock> body = new ArrayList<>();
        for (Op op : upgrade) {
            if (plan.isUndoneWithItsTable(op)) {
                continue;
            }
            try {
                body.add(op.reverse().accept(ops));
            } catch (IrreversibleOperationException e) {
                body.add(CodeBlock.of("// TODO: undo by hand, autogen cannot: $L\n", JavadocText.oneLine(op.describe())));
            }
        }
        return body;
    }

    /**
     * The {@code upgrade} or {@code downgrade} method. javac rejects a method of more than 64 KiB of
     * bytecode, which a plan of some hundred tables exceeds, so a long body is cut into numbered
     * private parts ({@code upgrade1}, {@code upgrade2}, ...) that the method calls in order.
     */
    private static List<MethodSpec> methods(String name, List<CodeBlock> statements) {
        List<CodeBlock> parts = MethodParts.split(statements);
        if (parts.size() == 1) {
            return List.of(method(name, parts.get(0)).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).build());
        }
        List<MethodSpec> methods = new ArrayList<>();
        CodeBlock.Builder calls = CodeBlock.builder();
        for (int i = 0; i < parts.size(); i++) {
            calls.addStatement("$L$L(op)", name, i + 1);
            methods.add(method(name + (i + 1), parts.get(i)).addModifiers(Modifier.PRIVATE, Modifier.STATIC).build());
        }
        methods.add(0, method(name, calls.build()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).build());
        return methods;
    }

    private static MethodSpec.Builder method(String name, CodeBlock body) {
        return MethodSpec.methodBuilder(name).addParameter(Operations.class, "op").addCode(body);
    }

    private static CodeBlock strings(List<String> values) {
        return values.stream().map(v -> JavaString.of(v)).collect(CodeBlock.joining(", "));
    }
}
