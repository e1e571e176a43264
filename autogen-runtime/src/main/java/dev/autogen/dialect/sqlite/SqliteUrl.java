package dev.autogen.dialect.sqlite;

import dev.autogen.AutogenException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@code jdbc:sqlite:} URL opens: a file, or a database that lasts only while its connection
 * is open (sqlite-jdbc's {@code :memory:}, {@code file::memory:}, {@code mode=memory}, and the empty
 * name, which SQLite makes a temporary file deleted on close).
 *
 * @param url the URL as given
 * @param name what follows {@code jdbc:sqlite:}, without the query and {@code file:} prefix
 * @param inMemory whether the URL names an in-memory database
 */
record SqliteUrl(String url, String name, boolean inMemory) {
    private static final String PREFIX = "jdbc:sqlite:";

    static SqliteUrl of(String url) {
        String rest = url.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) ? url.substring(PREFIX.length()) : url;
        int query = rest.indexOf('?');
        String options = query < 0 ? "" : rest.substring(query + 1).toLowerCase(Locale.ROOT);
        String name = query < 0 ? rest : rest.substring(0, query);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        boolean inMemory = name.startsWith(":memory:") || options.matches("(.*&)?mode=memory(&.*)?");
        return new SqliteUrl(url, name, inMemory);
    }

    /** The database file; empty for a database that is not a file. */
    Optional<Path> file() {
        if (inMemory || name.isBlank() || name.startsWith(":resource:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(name));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    void requireFile() {
        if (inMemory) {
            throw new AutogenException(url + " is an in-memory database, gone when the command ends, so nothing"
                    + " done to it would be kept; name a file, such as jdbc:sqlite:app.db");
        }
        if (name.isBlank()) {
            throw new AutogenException(url + " names no file (SQLite would use a temporary database, deleted when"
                    + " the command ends); name a file, such as jdbc:sqlite:app.db");
        }
    }
}
