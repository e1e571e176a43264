package dev.autogen.diagram;

import dev.autogen.ops.AddColumn;
import dev.autogen.ops.AddConstraint;
import dev.autogen.ops.AlterColumn;
import dev.autogen.ops.AlterTableComment;
import dev.autogen.ops.BulkInsert;
import dev.autogen.ops.CreateIndex;
import dev.autogen.ops.CreateTable;
import dev.autogen.ops.DropColumn;
import dev.autogen.ops.DropConstraint;
import dev.autogen.ops.DropIndex;
import dev.autogen.ops.DropTable;
import dev.autogen.ops.Op;
import dev.autogen.ops.RenameColumn;
import dev.autogen.ops.RenameTable;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables a list of changes touches, drawn as they will be, with each changed column marked:
 * what a reviewer looks at beside the findings. A dropped table or column is drawn from what it
 * was, so the picture shows what goes away too.
 */
public final class ChangePicture {
    private ChangePicture() {
    }

    /**
     * @param wanted the schema after the changes (the entities)
     * @return empty when no table is touched (only sequences or raw SQL change)
     */
    public static Optional<String> of(List<Op> ops, Schema wanted) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Map<String, ColumnMark>> marks = new LinkedHashMap<>();
        for (Op op : ops) {
            touch(op, wanted, tables, marks);
        }
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        Schema picture = new Schema(new ArrayList<>(tables.values()), List.of());
        return Optional.of(SchemaDiagram.render(picture, new ArrayList<>(tables.keySet()), marks));
    }

    private static void touch(Op op, Schema wanted, Map<String, Table> tables,
            Map<String, Map<String, ColumnMark>> marks) {
        if (op instanceof CreateTable create) {
            Table table = wanted.table(create.table().name()).orElse(create.table());
            tables.put(table.name(), table);
            table.columns().forEach(c -> mark(marks, table.name(), c.name(), ColumnMark.ADDED));
        } else if (op instanceof DropTable drop) {
            tables.put(drop.table().name(), drop.table());
            drop.table().columns().forEach(c -> mark(marks, drop.table().name(), c.name(), ColumnMark.DROPPED));
        } else if (op instanceof RenameTable rename) {
            shown(rename.to(), wanted, tables);
        } else if (op instanceof AddColumn add) {
            shown(add.table(), wanted, tables);
            mark(marks, add.table(), add.column().name(), ColumnMark.ADDED);
        } else if (op instanceof AlterColumn alter) {
            shown(alter.table(), wanted, tables);
            mark(marks, alter.table(), alter.column(), ColumnMark.CHANGED);
        } else if (op instanceof RenameColumn rename) {
            shown(rename.table(), wanted, tables);
            mark(marks, rename.table(), rename.to(), ColumnMark.CHANGED);
        } else if (op instanceof DropColumn drop) {
            shown(drop.table(), wanted, tables);
            tables.computeIfPresent(drop.table(), (name, table) -> withColumn(table, drop.column()));
            mark(marks, drop.table(), drop.column().name(), ColumnMark.DROPPED);
        } else {
            tableOf(op).ifPresent(name -> shown(name, wanted, tables));
        }
    }

    private static Optional<String> tableOf(Op op) {
        if (op instanceof CreateIndex o) {
            return Optional.of(o.table());
        } else if (op instanceof DropIndex o) {
            return Optional.of(o.table());
        } else if (op instanceof AddConstraint o) {
            return Optional.of(o.table());
        } else if (op instanceof DropConstraint o) {
            return Optional.of(o.table());
        } else if (op instanceof AlterTableComment o) {
            return Optional.of(o.table());
        } else if (op instanceof BulkInsert o) {
            return Optional.of(o.table());
        }
        return Optional.empty();
    }

    private static void shown(String name, Schema wanted, Map<String, Table> tables) {
        wanted.table(name).ifPresent(table -> tables.putIfAbsent(name, table));
    }

    private static Table withColumn(Table table, Column dropped) {
        if (table.columns().stream().anyMatch(c -> c.name().equals(dropped.name()))) {
            return table;
        }
        return table.toBuilder().column(dropped).build();
    }

    private static void mark(Map<String, Map<String, ColumnMark>> marks, String table, String column, ColumnMark mark) {
        marks.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(column, mark);
    }
}
