package dev.autogen.model.jpa;

import dev.autogen.dialect.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What decides the schema that entities map to, reduced to two hashes. The <em>location</em> names
 * a project's entity reading (classpath entries, packages, naming, dialect, Hibernate flavor): one cache entry per
 * location, replaced when its content changes, so editing entities does not pile up entries. The
 * <em>content</em> adds the bytes of every class file and jar under the classpath entries (not only
 * the scanned packages: a superclass, converter or naming strategy may live anywhere on it) and
 * the code that reads them: autogen's and Hibernate's jars by path, size and time, or by content
 * when autogen runs from a build folder, as in its own tests.
 */
record EntityFingerprint(String location, String content) {

    /** Bumped when reading entities changes in a way the jar stamps would not show. */
    private static final String READER_VERSION = "autogen-entities-" + CachedSchemaFormat.VERSION;

    private static volatile String toolchain;

    static EntityFingerprint of(EntitySource source, Dialect dialect) throws IOException {
        MessageDigest location = sha256();
        text(location, READER_VERSION);
        text(location, dialect.name());
        text(location, dialect.getClass().getName());
        text(location, source.physicalNaming());
        text(location, source.implicitNaming());
        text(location, source.flavor().name());
        text(location, String.join(",", source.packages()));
        for (Path entry : source.classpath()) {
            text(location, entry.toAbsolutePath().normalize().toString());
        }
        byte[] locationHash = location.digest();

        MessageDigest content = sha256();
        content.update(locationHash);
        text(content, toolchain());
        byte[] buffer = new byte[1 << 16];
        for (Path entry : source.classpath()) {
            hashEntry(content, entry, buffer);
        }
        HexFormat hex = HexFormat.of();
        return new EntityFingerprint(hex.formatHex(locationHash, 0, 12), hex.formatHex(content.digest()));
    }

    /** A folder: every class file and jar in it, by relative path; anything else: its bytes. */
    private static void hashEntry(MessageDigest digest, Path entry, byte[] buffer) throws IOException {
        if (!Files.isDirectory(entry)) {
            text(digest, "file");
            hashFile(digest, entry, buffer);
            return;
        }
        text(digest, "folder");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(entry)) {
            files = walk.filter(EntityFingerprint::isHashed).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path file : files) {
            text(digest, entry.relativize(file).toString());
            hashFile(digest, file, buffer);
        }
    }

    private static boolean isHashed(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".class") || name.endsWith(".jar")) && Files.isRegularFile(file);
    }

    private static void hashFile(MessageDigest digest, Path file, byte[] buffer) throws IOException {
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
                size += read;
            }
        }
        // The length ends each file, so no two different sets of files hash the same bytes in a row.
        text(digest, Long.toString(size));
    }

    /** Java version, autogen's code and Hibernate's, computed once per process. */
    private static String toolchain() throws IOException {
        String known = toolchain;
        if (known == null) {
            known = Runtime.version() + "|" + stamp(EntityModelReader.class) + "|"
                    + stamp(org.hibernate.boot.Metadata.class);
            toolchain = known;
        }
        return known;
    }

    private static String stamp(Class<?> type) throws IOException {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return type.getName();
        }
        Path location;
        try {
            location = Path.of(code.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return code.getLocation().toString();
        }
        if (Files.isDirectory(location)) {
            // A build folder changes without its own time changing: hash what is in it.
            MessageDigest digest = sha256();
            hashEntry(digest, location, new byte[1 << 16]);
            return location + " " + HexFormat.of().formatHex(digest.digest());
        }
        return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
    }

    private static void text(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
