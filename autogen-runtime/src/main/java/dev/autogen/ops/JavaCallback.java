package dev.autogen.ops;

import dev.autogen.migration.DataCallback;
import java.util.Objects;

/** {@code op.run(connection -> ...)}: code that no SQL script can hold. */
public record JavaCallback(DataCallback callback) implements DataWork {
    public JavaCallback {
        Objects.requireNonNull(callback, "callback == null");
    }

    @Override
    public String describe() {
        return "op.run(Java callback)";
    }
}
