package dev.autogen.diff;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterSequence;
import dev.autogen.ops.AlterTableComment;
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
import dev.autogen.ops.Op;
import dev.autogen.ops.OpVisitor;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.schema.ForeignKey;

/**
 * The phases a migration runs in, in order. Everything that could stand in the way of a change is
 * removed before it (foreign keys first, as they pin the keys and tables they reference), and
 * everything that needs a new object comes after it (foreign keys last).
 */
public enum OpPhase {
    DROP_FOREIGN_KEY,
    /**
     * A column stops generating its values before its key goes: MariaDB and MySQL refuse an
     * AUTO_INCREMENT column that no key covers, even between two statements.
     */
    DROP_IDENTITY,
    DROP_CONSTRAINT_OR_INDEX,
    /** Before columns go: relaxing NOT NULL never fails, so it is done as early as possible. */
    ALTER_TO_NULLABLE,
    DROP_COLUMN,
    DROP_TABLE,
    DROP_SEQUENCE,
    /** Last of the drops: only an empty schema can go. */
    DROP_SCHEMA,
    /** The diff never writes renames; hand-built lists keep them between the drops and creates. */
    RENAME,
    /** First of the creates: tables and sequences are put in it. */
    CREATE_SCHEMA,
    CREATE_SEQUENCE,
    CREATE_TABLE,
    ADD_COLUMN,
    /**
     * Type, default, comment, identity, and NOT NULL: after the columns they may rely on exist;
     * table comments and sequence changes too.
     */
    OTHER_ALTER,
    ADD_CONSTRAINT_OR_INDEX,
    /** A column starts generating its values once its key is there (see {@link #DROP_IDENTITY}). */
    ADD_IDENTITY,
    ADD_FOREIGN_KEY,
    /** Raw SQL and inserts act on data, so they run once the schema is in place. */
    DATA;

    public static OpPhase of(Op op) {
        return op.accept(new Classifier());
    }

    private static final class Classifier implements OpVisitor<OpPhase> {
        @Override
        public OpPhase visitCreateTable(CreateTable op) {
            return CREATE_TABLE;
        }

        @Override
        public OpPhase visitDropTable(DropTable op) {
            return DROP_TABLE;
        }

        @Override
        public OpPhase visitRenameTable(RenameTable op) {
            return RENAME;
        }

        @Override
        public OpPhase visitAddColumn(AddColumn op) {
            return ADD_COLUMN;
        }

        @Override
        public OpPhase visitDropColumn(DropColumn op) {
            return DROP_COLUMN;
        }

        @Override
        public OpPhase visitAlterColumn(AlterColumn op) {
            if (op.from().identity() != op.to().identity()) {
                return op.to().identity() ? ADD_IDENTITY : DROP_IDENTITY;
            }
            return op.to().nullable() && !op.from().nullable() ? ALTER_TO_NULLABLE : OTHER_ALTER;
        }

        @Override
        public OpPhase visitRenameColumn(RenameColumn op) {
            return RENAME;
        }

        @Override
        public OpPhase visitCreateIndex(CreateIndex op) {
            return ADD_CONSTRAINT_OR_INDEX;
        }

        @Override
        public OpPhase visitDropIndex(DropIndex op) {
            return DROP_CONSTRAINT_OR_INDEX;
        }

        @Override
        public OpPhase visitAddConstraint(AddConstraint op) {
            return op.constraint() instanceof ForeignKey ? ADD_FOREIGN_KEY : ADD_CONSTRAINT_OR_INDEX;
        }

        @Override
        public OpPhase visitDropConstraint(DropConstraint op) {
            return op.constraint() instanceof ForeignKey ? DROP_FOREIGN_KEY : DROP_CONSTRAINT_OR_INDEX;
        }

        @Override
        public OpPhase visitCreateSequence(CreateSequence op) {
            return CREATE_SEQUENCE;
        }

        @Override
        public OpPhase visitDropSequence(DropSequence op) {
            return DROP_SEQUENCE;
        }

        @Override
        public OpPhase visitAlterSequence(AlterSequence op) {
            return OTHER_ALTER;
        }

        @Override
        public OpPhase visitAlterTableComment(AlterTableComment op) {
            return OTHER_ALTER;
        }

        @Override
        public OpPhase visitExecuteSql(ExecuteSql op) {
            return DATA;
        }

        @Override
        public OpPhase visitBulkInsert(BulkInsert op) {
            return DATA;
        }

        @Override
        public OpPhase visitCreateSchema(CreateSchema op) {
            return CREATE_SCHEMA;
        }

        @Override
        public OpPhase visitDropSchema(DropSchema op) {
            return DROP_SCHEMA;
        }

        @Override
        public OpPhase visitDataStep(DataStep op) {
            return DATA;
        }
    }
}
