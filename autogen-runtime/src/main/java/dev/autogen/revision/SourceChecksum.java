package dev.autogen.revision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * SHA-256 of a migration's source, recorded when the revision is applied so that a later edit of
 * the file is noticed. Line endings, a byte-order mark and trailing blanks are ignored: git on
 * Windows rewriting LF as CRLF is not an edit (Flyway's #253).
 */
public final class SourceChecksum {
    private SourceChecksum() {
    }

    /** The checksum of a {@code .java} source; empty for a revision loaded from a compiled class. */
    public static Optional<String> of(Path source) {
        if (source == null || !source.getFileName().toString().endsWith(".java") || !Files.isRegularFile(source)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ofText(Files.readString(source, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static String ofText(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        StringBuilder normalized = new StringBuilder(text.length());
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            normalized.append(line.stripTrailing()).append('\n');
        }
        String canonical = normalized.toString().stripTrailing();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
