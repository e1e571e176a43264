package dev.autogen.render;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/** Cuts a method body into parts that each compile well under the JVM's 64 KiB limit per method. */
final class MethodParts {
    /**
     * Source characters per part. Rendered op calls compile to well under one byte of bytecode per
     * source character (a hundred created tables, ~100,000 characters, fit in one method), so this
     * leaves a wide margin.
     */
    static final int MAX_SOURCE_CHARS = 20_000;

    private MethodParts() {
    }

    /** The statements in order, grouped into as few parts as the limit allows; one part for a short body. */
    static List<CodeBlock> split(List<CodeBlock> statements) {
        List<CodeBlock> parts = new ArrayList<>();
        CodeBlock.Builder part = CodeBlock.builder();
        int size = 0;
        for (CodeBlock statement : statements) {
            int length = statement.toString().length();
            if (size > 0 && size + length > MAX_SOURCE_CHARS) {
                parts.add(part.build());
                part = CodeBlock.builder();
                size = 0;
            }
            part.add(statement);
            size += length;
        }
        parts.add(part.build());
        return parts;
    }
}
