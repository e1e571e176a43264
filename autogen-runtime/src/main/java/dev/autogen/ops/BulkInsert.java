package dev.autogen.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Rows inserted by a hand-written migration; each row maps column names to values. */
public record BulkInsert(String table, List<Map<String, Object>> rows) implements Op {
    public BulkInsert {
        Objects.requireNonNull(table, "table == null");
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            // LinkedHashMap keeps column order and allows null values, which Map.copyOf does not.
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = List.copyOf(copy);
    }

    @Override
    public Op reverse() {
        throw new IrreversibleOperationException(this);
    }

    @Override
    public String describe() {
        return "inserted " + rows.size() + " row(s) into " + table;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitBulkInsert(this);
    }
}
