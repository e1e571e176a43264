package dev.autogen.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.migration.Type;
import dev.autogen.schema.ColumnType;

/** A column type as the migration API spells it: {@code Type.varchar(50)}, {@code Type.of("jsonb")}. */
final class TypeRenderer {
    private static final ClassName TYPE = ClassName.get(Type.class);

    private TypeRenderer() {
    }

    static CodeBlock of(ColumnType type) {
        if (type instanceof ColumnType.Int i) {
            return call(i.bits() == 16 ? "smallint" : i.bits() == 32 ? "integer" : "bigint");
        } else if (type instanceof ColumnType.Varchar v) {
            return CodeBlock.of("$T.varchar($L)", TYPE, v.length());
        } else if (type instanceof ColumnType.Char c) {
            return CodeBlock.of("$T.character($L)", TYPE, c.length());
        } else if (type instanceof ColumnType.Numeric n) {
            return n.precision() == 0 ? call("numeric")
                    : CodeBlock.of("$T.numeric($L, $L)", TYPE, n.precision(), n.scale());
        } else if (type instanceof ColumnType.Floating f) {
            return call(f.bits() == 32 ? "real" : "doublePrecision");
        } else if (type instanceof ColumnType.Time t) {
            return call(t.withTimeZone() ? "timeWithTimeZone" : "time");
        } else if (type instanceof ColumnType.Timestamp t) {
            return call(t.withTimeZone() ? "timestampWithTimeZone" : "timestamp");
        } else if (type instanceof ColumnType.Binary b) {
            return CodeBlock.of("$T.binary($L)", TYPE, b.length());
        } else if (type instanceof ColumnType.Native n) {
            return CodeBlock.of("$T.of($L)", TYPE, JavaString.of(n.sql()));
        }
        return call(noArgumentMethod(type));
    }

    private static String noArgumentMethod(ColumnType type) {
        if (type instanceof ColumnType.Text) {
            return "text";
        } else if (type instanceof ColumnType.Bool) {
            return "bool";
        } else if (type instanceof ColumnType.Date) {
            return "date";
        } else if (type instanceof ColumnType.Blob) {
            return "blob";
        } else if (type instanceof ColumnType.Uuid) {
            return "uuid";
        }
        throw new IllegalArgumentException("no Type method for " + type);
    }

    private static CodeBlock call(String method) {
        return CodeBlock.of("$T.$N()", TYPE, method);
    }
}
