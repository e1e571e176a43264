package dev.autogen.ops;

/**
 * One schema change. The diff produces ops, the renderer writes them as Java calls, a running
 * migration's calls are recorded as ops, and each dialect turns them into SQL. Every op carries
 * the state it replaces, so its reverse is exact and never guessed.
 */
public sealed interface Op permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn,
        RenameColumn, CreateIndex, DropIndex, AddConstraint, DropConstraint, CreateSequence, DropSequence,
        AlterSequence, AlterTableComment, ExecuteSql, BulkInsert, DataStep, CreateSchema, DropSchema {

    /** The op that undoes this one. */
    Op reverse();

    /** Plain words for a reviewer: {@code added column books.description}. */
    String describe();

    /** True when applying this op can lose data that its reverse cannot bring back. */
    default boolean isDestructive() {
        return false;
    }

    <R> R accept(OpVisitor<R> visitor);
}
