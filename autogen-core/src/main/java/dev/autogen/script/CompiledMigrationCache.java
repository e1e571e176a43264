package dev.autogen.script;

import dev.autogen.AutogenException;
import dev.autogen.config.CacheDirectory;
import dev.autogen.migration.Migration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the class files compiled from each migration source, so commands that only read the
 * history ({@code heads}, {@code current}, {@code revision}) skip javac for every file that did not
 * change, and a new revision compiles alone. An entry is used only when its key matches: a hash of
 * the source's name and bytes, the Java version and the compilation class path (with the autogen
 * jar's size and time), so an edited migration or a new autogen compiles again. Best effort: any
 * problem reading or writing means compiling as if the cache were not there.
 *
 * <p>Location: {@code migrations/} of the {@link CacheDirectory}. One folder per migrations
 * folder, one file per source; entries of sources that are gone are removed.
 */
final class CompiledMigrationCache {
    private final Optional<Path> directory;

    CompiledMigrationCache(Optional<Path> directory) {
        this.directory = directory;
    }

    static CompiledMigrationCache fromEnvironment() {
        return new CompiledMigrationCache(CacheDirectory.forKind("migrations"));
    }

    /** The compiled sources (all in {@code folder}): cached classes for unchanged files, javac for the rest. */
    InProcessCompiler.Output compile(Path folder, List<Path> sources) {
        Map<Path, String> keys;
        try {
            keys = directory.isPresent() ? keys(sources) : Map.of();
        } catch (IOException | UncheckedIOException e) {
            keys = Map.of();
        }
        if (keys.isEmpty()) {
            return InProcessCompiler.compile(sources);
        }
        Path entries = directory.get().resolve(hex(digest().digest(folder.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8))).substring(0, 24));
        Map<String, byte[]> classes = new LinkedHashMap<>();
        Map<String, Path> origins = new LinkedHashMap<>();
        List<Path> missing = new ArrayList<>();
        for (Path source : sources) {
            Optional<CachedClasses> cached = CachedClasses.read(entries.resolve(keys.get(source) + ".zip"), source);
            if (cached.isPresent()) {
                cached.get().addTo(classes, origins);
            } else {
                missing.add(source);
            }
        }
        if (!missing.isEmpty()) {
            InProcessCompiler.Output compiled = compileMissing(missing, sources);
            store(entries, keys, missing, compiled);
            classes.putAll(compiled.classes());
            origins.putAll(compiled.sources());
        }
        removeStale(entries, keys);
        return new InProcessCompiler.Output(classes, Map.copyOf(origins));
    }

    /**
     * Migrations only use autogen's API, so changed files compile on their own; should one refer to
     * another, compiling them all together gives javac's usual answer.
     */
    private static InProcessCompiler.Output compileMissing(List<Path> missing, List<Path> all) {
        if (missing.size() == all.size()) {
            return InProcessCompiler.compile(all);
        }
        try {
            return InProcessCompiler.compile(missing);
        } catch (AutogenException e) {
            return InProcessCompiler.compile(all);
        }
    }

    /** One entry per compiled source, holding the classes javac wrote for it. */
    private static void store(Path entries, Map<Path, String> keys, List<Path> compiledSources,
            InProcessCompiler.Output compiled) {
        Map<Path, List<String>> bySource = compiled.classesBySource();
        for (Path source : compiledSources) {
            Map<String, byte[]> own = new LinkedHashMap<>();
            for (String name : bySource.getOrDefault(source.toAbsolutePath().normalize(), List.of())) {
                own.put(name, compiled.classes().get(name));
            }
            if (!own.isEmpty()) {
                CachedClasses.write(entries.resolve(keys.get(source) + ".zip"), own);
            }
        }
    }

    private static void removeStale(Path entries, Map<Path, String> keys) {
        if (!Files.isDirectory(entries)) {
            return;
        }
        Set<String> current = keys.values().stream().map(k -> k + ".zip").collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(entries)) {
            for (Path file : files.filter(f -> !current.contains(f.getFileName().toString())).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a stale entry only takes room.
        }
    }

    private static Map<Path, String> keys(List<Path> sources) throws IOException {
        String toolchain = "autogen-migration-1\0" + Runtime.version() + "\0" + InProcessCompiler.classpath() + "\0"
                + apiJarStamp();
        // The toolchain is digested once and the digest copied for each source: the same keys, without
        // a provider lookup and the toolchain's bytes per file of a long history.
        MessageDigest prefix = digest();
        prefix.update(toolchain.getBytes(StandardCharsets.UTF_8));
        Map<Path, String> keys = new LinkedHashMap<>();
        for (Path source : sources) {
            MessageDigest digest = copy(prefix, toolchain);
            digest.update((source.getFileName() + "\0").getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(source));
            keys.put(source, hex(digest.digest()));
        }
        return keys;
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
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return api.getLocation().toString();
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@code prefix} (the digest of {@code toolchain}) copied, or made again where the provider cannot copy it. */
    private static MessageDigest copy(MessageDigest prefix, String toolchain) {
        try {
            return (MessageDigest) prefix.clone();
        } catch (CloneNotSupportedException e) {
            MessageDigest digest = digest();
            digest.update(toolchain.getBytes(StandardCharsets.UTF_8));
            return digest;
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
