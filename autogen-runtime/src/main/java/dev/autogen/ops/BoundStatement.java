package dev.autogen.ops;

import dev.autogen.AutogenException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code op.execute(sql, params...)}: one statement whose {@code ?} placeholders are bound to the
 * values in order (as a JDBC {@code PreparedStatement} binds them). Values may be null.
 */
public record BoundStatement(String sql, List<Object> params) implements DataWork {
    public BoundStatement {
        Objects.requireNonNull(sql, "sql == null");
        params = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(params, "params == null")));
        TransactionControl.find(sql).ifPresent(statement -> {
            throw new AutogenException(statement + " controls the transaction, which autogen does itself; remove it");
        });
        int placeholders = Placeholders.positions(sql).size();
        if (placeholders != params.size()) {
            throw new AutogenException("op.execute(\"" + sql + "\", ...) has " + placeholders + " placeholder(s) ?"
                    + " but " + params.size() + " parameter(s); give one value per ?");
        }
    }

    @Override
    public String describe() {
        return "op.execute(" + sql + ") with " + params.size() + " parameter(s)";
    }
}
