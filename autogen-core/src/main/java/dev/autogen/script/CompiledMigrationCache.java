package dev.autogen.script;

import dev.autogen.migration.Migration;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Keeps the class files of the last successful compilation of each migrations folder, so commands
 * that only read the history ({@code heads}, {@code current}, {@code revision}) skip javac while no
 * source changed. An entry is used only when its key matches: a hash of every source's name and
 * bytes, the Java version and the compilation class path (with the autogen jar's size and time),
 * so an edited migration or a new autogen always compiles again. The cache is best effort: any
 * problem reading or writing it means compiling as if it were not there.
 *
 * <p>Location: {@code $AUTOGEN_CACHE_DIR}, else {@code $XDG_CACHE_HOME/autogen}, else
 * {@code ~/.cache/autogen}; {@code AUTOGEN_CACHE_DIR=off} turns it off. One file per folder.
 */
final class CompiledMigrationCache {
    static final String DIRECTORY_VARIABLE = "AUTOGEN_CACHE_DIR";
    private static final String KEY_ENTRY = "key";
    private static final String CLASS_PREFIX = "class/";
    private static final String SOURCE_PREFIX = "source/";

    private final Optional<Path> directory;

    CompiledMigrationCache(Optional<Path> directory) {
        this.directory = directory;
    }

    static CompiledMigrationCache fromEnvironment() {
        String configured = System.getenv(DIRECTORY_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new CompiledMigrationCache(configured.strip().equalsIgnoreCase("off") ? Optional.empty()
                    : Optional.of(Path.of(configured.strip())));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CompiledMigrationCache(Optional.of(base.resolve("autogen").resolve("migrations")));
    }

    /** The compiled sources (all in {@code folder}), from the cache when nothing changed since. */
    InProcessCompiler.Output compile(Path folder, List<Path> sources) {
        if (directory.isEmpty()) {
            return InProcessCompiler.compile(sources);
        }
        String key;
        try {
            key = key(sources);
        } catch (IOException | UncheckedIOException e) {
            return InProcessCompiler.compile(sources);
        }
        Path entry = directory.get().resolve(hex(sha256(folder.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8))).substring(0, 24) + ".zip");
        Optional<InProcessCompiler.Output> cached = read(entry, key, folder);
        if (cached.isPresent()) {
            return cached.get();
        }
        InProcessCompiler.Output compiled = InProcessCompiler.compile(sources);
        write(entry, key, compiled);
        return compiled;
    }

    private static String key(List<Path> sources) throws IOException {
        MessageDigest digest = sha256();
        update(digest, "autogen-migrations-1");
        update(digest, Runtime.version().toString());
        update(digest, InProcessCompiler.classpath());
        update(digest, apiJarStamp());
        for (Path source : sources) {
            update(digest, source.getFileName().toString());
            byte[] bytes = Files.readAllBytes(source);
            update(digest, Integer.toString(bytes.length));
            digest.update(bytes);
        }
        return hex(digest.digest());
    }

    /** Size and time of the jar (or folder) the migration API comes from: a rebuilt autogen compiles anew. */
    private static String apiJarStamp() throws IOException {
        CodeSource api = Migration.class.getProtectionDomain().getCodeSource();
        if (api == null || api.getLocation() == null) {
            return "";
        }
        try {
            Path location = Path.of(api.getLocation().toURI());
            return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return api.getLocation().toString();
        }
    }

    private static Optional<InProcessCompiler.Output> read(Path entry, String key, Path folder) {
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        Map<String, Path> sources = new LinkedHashMap<>();
        String storedKey = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(entry))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                String name = e.getName();
                if (name.equals(KEY_ENTRY)) {
                    storedKey = new String(bytes, StandardCharsets.UTF_8);
                } else if (name.startsWith(CLASS_PREFIX)) {
                    classes.put(name.substring(CLASS_PREFIX.length()), bytes);
                } else if (name.startsWith(SOURCE_PREFIX)) {
                    sources.put(name.substring(SOURCE_PREFIX.length()),
                            folder.resolve(new String(bytes, StandardCharsets.UTF_8)).toAbsolutePath().normalize());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return key.equals(storedKey) ? Optional.of(new InProcessCompiler.Output(classes, Map.copyOf(sources)))
                : Optional.empty();
    }

    /** Writes beside the entry and moves it into place, so a reader never sees half a file. */
    private static void write(Path entry, String key, InProcessCompiler.Output compiled) {
        try {
            Files.createDirectories(entry.getParent());
            Path temporary = Files.createTempFile(entry.getParent(), "entry", ".tmp");
            try (OutputStream file = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(file)) {
                put(zip, KEY_ENTRY, key.getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<String, byte[]> c : compiled.classes().entrySet()) {
                    put(zip, CLASS_PREFIX + c.getKey(), c.getValue());
                }
                for (Map.Entry<String, Path> s : compiled.sources().entrySet()) {
                    put(zip, SOURCE_PREFIX + s.getKey(), s.getValue().getFileName().toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            move(temporary, entry);
        } catch (IOException | RuntimeException e) {
            // Best effort: the next command compiles again.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
