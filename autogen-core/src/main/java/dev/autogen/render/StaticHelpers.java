package dev.autogen.render;

import dev.autogen.migration.Type;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.autogen.migration.Alter;
import dev.autogen.migration.Columns;
import java.util.Set;
import java.util.TreeSet;

/**
 * Calls to the statically imported builders of {@link Columns} and {@link Alter}. It remembers
 * which ones a file uses, so the file imports exactly those, as a person would write it.
 */
final class StaticHelpers {
    private static final ClassName COLUMNS = ClassName.get(Columns.class);
    private static final ClassName ALTER = ClassName.get(Alter.class);

    private final Set<String> columns = new TreeSet<>();
    private final Set<String> alter = new TreeSet<>();

    /** {@code column("id", Type.bigint())}; JavaPoet drops the class name once the import is added. */
    CodeBlock columns(String method, CodeBlock arguments) {
        columns.add(method);
        return CodeBlock.of("$T." + method + "($L)", COLUMNS, arguments);
    }

    CodeBlock alter(String method, CodeBlock arguments) {
        alter.add(method);
        return CodeBlock.of("$T." + method + "($L)", ALTER, arguments);
    }

    /**
     * Both classes have {@code comment(String)}; importing both would make each call ambiguous,
     * so Alter's stays qualified as {@code Alter.comment(...)} when Columns' is used.
     */
    void addImportsTo(JavaFile.Builder file) {
        if (!columns.isEmpty()) {
            file.addStaticImport(COLUMNS, columns.toArray(String[]::new));
        }
        Set<String> alterImports = new TreeSet<>(alter);
        if (columns.contains("comment")) {
            alterImports.remove("comment");
        }
        if (!alterImports.isEmpty()) {
            file.addStaticImport(ALTER, alterImports.toArray(String[]::new));
        }
    }
}
