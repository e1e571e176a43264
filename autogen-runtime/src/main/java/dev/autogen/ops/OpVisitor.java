package dev.autogen.ops;

/** One method per op: adding an op breaks compilation until every consumer handles it. */
public interface OpVisitor<R> {
    R visitCreateTable(CreateTable op);

    R visitDropTable(DropTable op);

    R visitRenameTable(RenameTable op);

    R visitAddColumn(AddColumn op);

    R visitDropColumn(DropColumn op);

    R visitAlterColumn(AlterColumn op);

    R visitRenameColumn(RenameColumn op);

    R visitCreateIndex(CreateIndex op);

    R visitDropIndex(DropIndex op);

    R visitAddConstraint(AddConstraint op);

    R visitDropConstraint(DropConstraint op);

    R visitCreateSequence(CreateSequence op);

    R visitDropSequence(DropSequence op);

    R visitAlterSequence(AlterSequence op);

    R visitAlterTableComment(AlterTableComment op);

    R visitExecuteSql(ExecuteSql op);

    R visitBulkInsert(BulkInsert op);

    R visitDataStep(DataStep op);

    R visitCreateSchema(CreateSchema op);

    R visitDropSchema(DropSchema op);
}
