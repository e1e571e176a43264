package dev.autogen.ops;

import java.util.List;

/**
 * The tables an op changes, by name: both names for a rename, none for a sequence or raw SQL.
 * A visitor, so that a new op cannot be forgotten here.
 */
public final class TouchedTables implements OpVisitor<List<String>> {
    public static List<String> of(Op op) {
        return op.accept(new TouchedTables());
    }

    @Override
    public List<String> visitCreateTable(CreateTable op) {
        return List.of(op.table().name());
    }

    @Override
    public List<String> visitDropTable(DropTable op) {
        return List.of(op.table().name());
    }

    @Override
    public List<String> visitRenameTable(RenameTable op) {
        return List.of(op.from(), op.to());
    }

    @Override
    public List<String> visitAddColumn(AddColumn op) {
        return List.of(op.table());
    }

    @Override
    public List<String> visitDropColumn(DropColumn op) {
        return List.of(op.table());
    }

    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        return List.of(op.table());
    }

    @Override
    public List<String> visitRenameColumn(RenameColumn op) {
        return List.of(op.table());
    }

    @Override
    public List<String> visitCreateIndex(CreateIndex op) {
        return List.of(op.table());
    }

    @Override
    public List<String> visitDropIndex(DropIndex op) {
        return List.of(op.table());
    }

    @Override
    public List<String> visitAddConstraint(AddConstraint op) {
        return List.of(op.table());
    }

    @Override
    public List<String> visitDropConstraint(DropConstraint op) {
        return List.of(op.table());
    }

    @Override
    public List<String> visitCreateSequence(CreateSequence op) {
        return List.of();
    }

    @Override
    public List<String> visitDropSequence(DropSequence op) {
        return List.of();
    }

    @Override
    public List<String> visitAlterSequence(AlterSequence op) {
        return List.of();
    }

    @Override
    public List<String> visitAlterTableComment(AlterTableComment op) {
        return List.of(op.table());
    }

    @Override
    public List<String> visitExecuteSql(ExecuteSql op) {
        return List.of();
    }

    @Override
    public List<String> visitDataStep(DataStep op) {
        return List.of();
    }

    @Override
    public List<String> visitBulkInsert(BulkInsert op) {
        return List.of(op.table());
    }

    @Override
    public List<String> visitCreateSchema(CreateSchema op) {
        return List.of();
    }

    @Override
    public List<String> visitDropSchema(DropSchema op) {
        return List.of();
    }
}
