package dev.autogen.safe;

import dev.autogen.dialect.DeferredCheck;
import dev.autogen.dialect.Dialect;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.ChangeNote;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.ExecuteSql;
import dev.autogen.ops.MigrationPlan;
import dev.autogen.ops.Op;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.ConstraintNames;
import dev.autogen.schema.Schema;
import dev.autogen.verify.Lint;
import dev.autogen.verify.LintedOp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code revision --safe}: the changes the lint flags for locking or scanning an existing table,
 * split into expand/contract revisions that each hold a lock stopping reads or writes only for a
 * catalog update. In order: (1) expand: every other change, and a NOT NULL column added nullable;
 * (2) backfill: a placeholder to fill those columns; (3) {@code CHECK (col IS NOT NULL)}, foreign
 * keys and checks added unchecked ({@code NOT VALID}); (4) those validated, which reads the rows
 * without stopping writes; (5) contract: SET NOT NULL (the validated check spares the scan) and the
 * helper checks dropped; (6) each index built concurrently in a revision of its own. Each step has
 * an exact downgrade. What the database cannot defer ({@link Dialect#deferredCheck} empty: all but
 * PostgreSQL) stays in the expand step as it was.
 */
public final class SafeSplit {
    private SafeSplit() {
    }

    public static List<SafeStep> split(List<Op> changes, Dialect dialect, Schema before) {
        List<Op> expand = new ArrayList<>();
        List<String> backfill = new ArrayList<>();
        List<Op> unchecked = new ArrayList<>();
        List<Op> validate = new ArrayList<>();
        List<Op> contract = new ArrayList<>();
        List<Op> helperDrops = new ArrayList<>();
        List<CreateIndex> indexes = new ArrayList<>();
        for (LintedOp linted : Lint.of(dialect).check(changes)) {
            Set<String> kinds = linted.notes().stream().map(ChangeNote::kind).collect(Collectors.toSet());
            Op op = linted.op();
            if (op instanceof AddColumn add && kinds.contains("not-null-without-default")) {
                Column nullable = add.column().toBuilder().nullable(true).build();
                Optional<DeferredCheck> check = notNullCheck(add.table(), add.column().name(), dialect, before);
                if (check.isEmpty()) {
                    expand.add(op);
                    continue;
                }
                expand.add(new AddColumn(add.table(), nullable));
                backfill.add(add.table() + "." + add.column().name());
                deferred(check.get(), unchecked, validate);
                contract.add(new AlterColumn(add.table(), nullable, add.column()));
                helperDrops.add(new ExecuteSql(check.get().drop(), Optional.of(check.get().addUnchecked())));
            } else if (op instanceof AlterColumn alter && kinds.contains("not-null-scan")
                    && alter.to().equals(alter.from().toBuilder().nullable(false).build())) {
                Optional<DeferredCheck> check = notNullCheck(alter.table(), alter.from().name(), dialect, before);
                if (check.isEmpty()) {
                    expand.add(op);
                    continue;
                }
                backfill.add(alter.table() + "." + alter.from().name());
                deferred(check.get(), unchecked, validate);
                contract.add(alter);
                helperDrops.add(new ExecuteSql(check.get().drop(), Optional.of(check.get().addUnchecked())));
            } else if (op instanceof CreateIndex create && kinds.contains("blocking-index")) {
                indexes.add(new CreateIndex(create.table(), create.index(), true));
            } else if (op instanceof AddConstraint add && kinds.contains("constraint-scan")) {
                Constraint named = add.constraint().withName(Optional.of(ConstraintNames.of(add.table(),
                        add.constraint())));
                Optional<DeferredCheck> check = dialect.deferredCheck(add.table(), named, before);
                if (check.isEmpty()) {
                    expand.add(op);
                } else {
                    deferred(check.get(), unchecked, validate);
                }
            } else {
                expand.add(op);
            }
        }
        contract.addAll(helperDrops);
        List<SafeStep> steps = new ArrayList<>();
        add(steps, "expand", expand, List.of());
        add(steps, "backfill", List.of(), backfill);
        add(steps, "add checks not valid", unchecked, List.of());
        add(steps, "validate checks", validate, List.of());
        add(steps, "contract", contract, List.of());
        indexes.forEach(index -> add(steps, "index " + index.index().name() + " concurrently", List.of(index),
                List.of()));
        return List.copyOf(steps);
    }

    /** The check that stands for NOT NULL until SET NOT NULL, which PostgreSQL 12+ proves from it without a scan. */
    private static Optional<DeferredCheck> notNullCheck(String table, String column, Dialect dialect, Schema before) {
        String name = fit(table + "_" + column + "_not_null", dialect.maxIdentifierBytes());
        return dialect.deferredCheck(table, new CheckConstraint(Optional.of(name), dialect.quote(column)
                + " IS NOT NULL"), before);
    }

    private static void deferred(DeferredCheck check, List<Op> unchecked, List<Op> validate) {
        unchecked.add(new ExecuteSql(check.addUnchecked(), Optional.of(check.drop())));
        // Undone back to the unchecked constraint, which is where the step found it.
        validate.add(new ExecuteSql(check.validate(), Optional.of(check.drop() + ";\n" + check.addUnchecked())));
    }

    private static void add(List<SafeStep> steps, String label, List<Op> ops, List<String> backfill) {
        if (!ops.isEmpty() || !backfill.isEmpty()) {
            steps.add(new SafeStep(label, new MigrationPlan(ops), backfill));
        }
    }

    /** A name cut to the database's limit, whole characters only. */
    private static String fit(String name, int maxBytes) {
        String cut = name;
        while (cut.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }
}
