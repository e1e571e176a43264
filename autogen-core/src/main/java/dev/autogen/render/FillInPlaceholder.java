package dev.autogen.render;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.ops.AddColumn;
import dev.autogen.ops.ChangeNote;
import dev.autogen.verify.LintedOp;
import dev.autogen.verify.NotNullWithoutDefaultRule;
import java.util.Optional;

/**
 * The commented fill-in a generated upgrade holds before a NOT NULL column the lint says
 * {@code NEEDS DATA} for: how to add it nullable, fill the rows with {@code op.execute(sql, params...)}
 * or {@code op.run(connection -> ...)} in the same transaction, and then make it NOT NULL. Comments
 * only: the file's calls stay exactly the detected changes.
 */
final class FillInPlaceholder {
    private FillInPlaceholder() {
    }

    /** The body of a backfill revision ({@code revision --safe}) for one column. */
    static CodeBlock backfill(String table, String column) {
        String text = """
                TODO BACKFILL %1$s.%2$s: give every row a value; the next revisions check it (NOT VALID, then
                VALIDATE) and make the column NOT NULL, and fail while a row holds NULL. For example:
                  op.execute("UPDATE %1$s SET %2$s = ? WHERE %2$s IS NULL", /* value */ ...);
                or, computed in Java on this revision's connection (see docs/data-migrations.md):
                  op.run(connection -> { ... batched UPDATE %1$s SET %2$s = ? WHERE id = ? ... });
                """.formatted(JavadocText.oneLine(table), JavadocText.oneLine(column));
        CodeBlock.Builder comment = CodeBlock.builder();
        text.lines().forEach(line -> comment.add("// $L\n", line));
        return comment.build();
    }

    static Optional<CodeBlock> before(LintedOp linted) {
        if (!(linted.op() instanceof AddColumn add) || linted.notes().stream().map(ChangeNote::kind)
                .noneMatch(NotNullWithoutDefaultRule.KIND::equals)) {
            return Optional.empty();
        }
        String table = add.table();
        String column = add.column().name();
        String text = """
                NEEDS DATA: %1$s.%2$s is NOT NULL without a server default: the addColumn below fails if %1$s has rows.
                To fill the rows in this revision, add the column nullable (drop .notNull() below), fill it, then:
                  op.execute("UPDATE %1$s SET %2$s = ? WHERE %2$s IS NULL", /* value */ ...);
                or compute the values in Java, on this revision's connection and transaction:
                  op.run(connection -> {
                      try (var update = connection.prepareStatement("UPDATE %1$s SET %2$s = ? WHERE id = ?")) {
                          // for each row: update.setObject(1, value); update.setObject(2, id); update.addBatch();
                          update.executeBatch();
                      }
                  });
                  op.alterColumn("%1$s", "%2$s", Alter.nullable(false));
                See docs/data-migrations.md; the downgrade needs no change (dropping the column drops the values).
                """.formatted(JavadocText.oneLine(table), JavadocText.oneLine(column));
        CodeBlock.Builder comment = CodeBlock.builder();
        text.lines().forEach(line -> comment.add("// $L\n", line));
        return Optional.of(comment.build());
    }
}
