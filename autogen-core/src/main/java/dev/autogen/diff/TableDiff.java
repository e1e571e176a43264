package dev.autogen.diff;

import dev.autogen.dialect.Dialect;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.Op;
import dev.autogen.schema.Column;
import dev.autogen.schema.Constraint;
import dev.autogen.schema.Index;
import dev.autogen.schema.PrimaryKey;
import dev.autogen.schema.Table;
import dev.autogen.schema.UniqueConstraint;
import dev.autogen.schema.UniqueKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares one table present on both sides: columns by exact name, the primary key by its columns
 * in order, and unique constraints, indexes, foreign keys and checks by {@link ConstraintSignature},
 * so a generated name that differs is no change; the table comment as the database keeps it.
 */
final class TableDiff {
    private final String name;
    private final Table target;
    private final Table actual;
    private final Table normalTarget;
    private final Table normalActual;
    private final List<Op> ops = new ArrayList<>();
    /** MariaDB and MySQL keep a second unique key on the same columns, so a key going away goes whole. */
    private final boolean duplicateKeysKept;

    private TableDiff(Table target, Table actual, Dialect dialect) {
        boolean oneKind = dialect.implicitBehavior().uniqueIndexIsConstraint();
        this.duplicateKeysKept = dialect.implicitBehavior().keepsDuplicateUniqueKeys();
        this.name = actual.name();
        this.target = oneKind ? UniqueKeys.asConstraints(target) : target;
        this.actual = oneKind ? UniqueKeys.asConstraints(actual) : actual;
        this.normalTarget = dialect.normalize(this.target);
        this.normalActual = dialect.normalize(this.actual);
    }

    /** The ops that turn {@code actual} into {@code target}, unordered. */
    static List<Op> compare(Table target, Table actual, Dialect dialect) {
        TableDiff diff = new TableDiff(target, actual, dialect);
        diff.compareColumns();
        diff.comparePrimaryKey();
        diff.compareUniqueConstraints();
        diff.compareIndexes();
        diff.compareConstraints(Table::foreignKeys, "foreign keys");
        diff.compareConstraints(Table::checks, "check constraints");
        diff.compareComment();
        return List.copyOf(diff.ops);
    }

    private void compareComment() {
        if (!normalTarget.comment().equals(normalActual.comment())) {
            ops.add(new AlterTableComment(name, actual.comment(), target.comment()));
        }
    }

    private void compareColumns() {
        NamedMerge<Column> columns = NamedMerge.of(target.columns(), actual.columns(), Column::name);
        columns.added().forEach(c -> ops.add(new AddColumn(name, c)));
        columns.removed().forEach(c -> ops.add(new DropColumn(name, c)));
        for (NamedMerge.Both<Column> both : columns.both()) {
            Normalized<Column> wanted = new Normalized<>(both.target(), normalColumn(normalTarget, both.target()));
            Normalized<Column> current = new Normalized<>(both.actual(), normalColumn(normalActual, both.actual()));
            ColumnDiff.compare(name, wanted, current).ifPresent(ops::add);
        }
    }

    private static Column normalColumn(Table normal, Column real) {
        return normal.column(real.name()).orElseThrow(() -> new IllegalStateException(
                "the dialect's normalize lost column " + normal.name() + "." + real.name()));
    }

    /** Names never matter for a primary key: a table has at most one. */
    private void comparePrimaryKey() {
        Optional<List<String>> wanted = normalTarget.primaryKey().map(PrimaryKey::columns);
        Optional<List<String>> current = normalActual.primaryKey().map(PrimaryKey::columns);
        if (wanted.equals(current)) {
            return;
        }
        actual.primaryKey().ifPresent(pk -> ops.add(new DropConstraint(name, pk)));
        target.primaryKey().ifPresent(pk -> ops.add(new AddConstraint(name, pk)));
    }

    private <C extends Constraint> void compareConstraints(Function<Table, List<C>> list, String what) {
        NamedMerge<Normalized<C>> merge = mergeBySignature(list, what,
                c -> ConstraintSignature.of(c), c -> c.name().orElse(null));
        merge.removed().forEach(c -> ops.add(new DropConstraint(name, c.real())));
        merge.added().forEach(c -> ops.add(new AddConstraint(name, c.real())));
    }

    /**
     * Two unique constraints on the same columns are one key: PostgreSQL and SQLite keep only the
     * first of them in a CREATE TABLE, and a second added later enforces nothing more. So each side
     * counts each key once (a named one rather than an unnamed one), and a duplicate is never a change.
     * A unique constraint on the wanted primary key's columns is that key again: a CREATE TABLE folds it
     * into the primary key (and SQLite rebuilds on every change), so it is never added, and a downgrade never
     * drops a constraint the database does not have. For the same reason a unique constraint the table has
     * on the columns of a primary key being added is dropped before the key comes (the key enforces what it
     * did): SQLite's rebuild would fold it away, and the downgrade, dropping the key, would leave the
     * column without its unique constraint.
     */
    private void compareUniqueConstraints() {
        NamedMerge<Normalized<UniqueConstraint>> merge = mergeBySignature(Table::uniqueConstraints,
                "unique constraints", c -> ConstraintSignature.of(c), c -> c.name().orElse(null));
        List<Normalized<UniqueConstraint>> gone = new ArrayList<>(merge.removed());
        Optional<List<String>> newKey = normalTarget.primaryKey().map(PrimaryKey::columns)
                .filter(key -> !normalActual.primaryKey().map(PrimaryKey::columns).equals(Optional.of(key)));
        newKey.ifPresent(key -> merge.both().stream().map(NamedMerge.Both::actual)
                .filter(u -> u.normal().columns().equals(key)).forEach(gone::add));
        List<Normalized<UniqueConstraint>> stay = merge.both().stream().map(NamedMerge.Both::actual)
                .filter(u -> !gone.contains(u)).toList();
        List<Normalized<UniqueConstraint>> removed = duplicateKeysKept ? notIn(gone, stay) : onePerKey(gone, stay);
        List<Normalized<UniqueConstraint>> keptTarget = new ArrayList<>(merge.both().stream()
                .map(NamedMerge.Both::target).toList());
        normalTarget.primaryKey().map(pk -> new UniqueConstraint(Optional.empty(), pk.columns()))
                .ifPresent(key -> keptTarget.add(new Normalized<>(key, key)));
        List<Normalized<UniqueConstraint>> added = onePerKey(merge.added(), keptTarget);
        removed.forEach(c -> ops.add(new DropConstraint(name, c.real())));
        added.forEach(c -> ops.add(new AddConstraint(name, c.real())));
    }

    /** {@code candidates} without those whose key {@code kept} has: every copy of a key that goes away. */
    private static List<Normalized<UniqueConstraint>> notIn(List<Normalized<UniqueConstraint>> candidates,
            List<Normalized<UniqueConstraint>> kept) {
        List<ConstraintSignature> keys = kept.stream().map(k -> ConstraintSignature.of(k.normal())).toList();
        return candidates.stream().filter(c -> !keys.contains(ConstraintSignature.of(c.normal()))).toList();
    }

    /** {@code candidates} without those whose key {@code kept} already has, nor a second of one key. */
    private static List<Normalized<UniqueConstraint>> onePerKey(List<Normalized<UniqueConstraint>> candidates,
            List<Normalized<UniqueConstraint>> kept) {
        List<ConstraintSignature> seen = new ArrayList<>(kept.stream().map(k -> ConstraintSignature.of(k.normal()))
                .toList());
        List<Normalized<UniqueConstraint>> named = new ArrayList<>(candidates);
        named.sort(Comparator.comparing(c -> c.real().name().isEmpty()));
        List<Normalized<UniqueConstraint>> result = new ArrayList<>();
        for (Normalized<UniqueConstraint> c : named) {
            ConstraintSignature signature = ConstraintSignature.of(c.normal());
            if (!seen.contains(signature)) {
                seen.add(signature);
                result.add(c);
            }
        }
        result.sort(Comparator.comparingInt(candidates::indexOf));
        return result;
    }

    private void compareIndexes() {
        NamedMerge<Normalized<Index>> merge = mergeBySignature(Table::indexes, "indexes",
                ConstraintSignature::of, Index::name);
        merge.removed().forEach(i -> ops.add(new DropIndex(name, i.real())));
        merge.added().forEach(i -> ops.add(new CreateIndex(name, i.real())));
    }

    /**
     * Pairs by the signature of the normal form; among equal signatures the same name pairs first.
     * Both sides are sorted by signature, then name, so ops come out in the same order whatever
     * order the lists were read in.
     */
    private <T> NamedMerge<Normalized<T>> mergeBySignature(Function<Table, List<T>> list, String what,
            Function<T, ConstraintSignature> signature, Function<T, String> realName) {
        Comparator<Normalized<T>> order = Comparator
                .comparing((Normalized<T> n) -> signature.apply(n.normal()))
                .thenComparing(n -> Optional.ofNullable(realName.apply(n.real())).orElse(""))
                .thenComparing(n -> n.real().toString());
        List<Normalized<T>> wanted = sorted(list.apply(target), list.apply(normalTarget), what, order);
        List<Normalized<T>> current = sorted(list.apply(actual), list.apply(normalActual), what, order);
        return NamedMerge.of(wanted, current, n -> signature.apply(n.normal()), n -> realName.apply(n.real()));
    }

    private static <T> List<Normalized<T>> sorted(
            List<T> real, List<T> normal, String what, Comparator<Normalized<T>> order) {
        List<Normalized<T>> pairs = new ArrayList<>(Normalized.zip(real, normal, what));
        pairs.sort(order);
        return pairs;
    }
}
