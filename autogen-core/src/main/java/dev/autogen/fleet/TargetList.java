package dev.autogen.fleet;

import dev.autogen.AutogenException;
import dev.autogen.command.Project;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The targets of a fleet run, read from a file: one per line, a JDBC URL ({@code jdbc:...}) or a
 * schema name on the configured server; blank lines and {@code #} comments are skipped. A line
 * {@code targets.query = SELECT ...} instead asks the configured database for them: each row's
 * first column is a URL or a schema name.
 */
public final class TargetList {
    private static final String QUERY_KEY = "targets.query";

    private TargetList() {
    }

    /** @param shown the file as the user named it, for messages */
    public static List<Target> read(Path file, String shown, Project base) {
        List<String> lines = lines(file, shown);
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(QUERY_KEY)) {
                targets.addAll(query(shown, i + 1, line, base));
            } else {
                targets.add(parse(line, shown + ":" + (i + 1)));
            }
        }
        if (targets.isEmpty()) {
            throw new AutogenException("--targets " + shown + " names no target (one JDBC URL or schema name per line)");
        }
        requireDistinct(targets, shown);
        return List.copyOf(targets);
    }

    private static List<String> lines(Path file, String shown) {
        try {
            return List.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().split("\\R", -1));
        } catch (NoSuchFileException e) {
            throw new AutogenException("--targets " + shown + " does not exist");
        } catch (CharacterCodingException e) {
            throw new AutogenException("--targets " + shown + " is not UTF-8 text");
        } catch (IOException e) {
            throw new AutogenException("cannot read --targets " + shown + ": " + e.getMessage(), e);
        }
    }

    private static Target parse(String text, String where) {
        if (text.startsWith("jdbc:")) {
            return Target.ofUrl(text);
        }
        if (!text.matches("[\\p{L}_][\\p{L}\\p{N}_$-]*")) {
            throw new AutogenException(where + ": '" + text + "' is neither a JDBC URL (jdbc:...) nor a schema name");
        }
        return Target.ofSchema(text);
    }

    private static List<Target> query(String shown, int lineNumber, String line, Project base) {
        String where = shown + ":" + lineNumber;
        int equals = line.indexOf('=');
        String sql = equals < 0 ? "" : line.substring(equals + 1).strip();
        if (!line.substring(0, equals < 0 ? line.length() : equals).strip().equals(QUERY_KEY) || sql.isEmpty()) {
            throw new AutogenException(where + ": write the query as 'targets.query = SELECT ...'");
        }
        List<Target> found = new ArrayList<>();
        try (Connection c = base.connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                String value = rows.getString(1);
                if (value != null && !value.isBlank()) {
                    found.add(parse(value.strip(), where + " (a row of targets.query)"));
                }
            }
        } catch (SQLException e) {
            throw new AutogenException(where + ": targets.query failed: " + e.getMessage(), e);
        }
        return found;
    }

    private static void requireDistinct(List<Target> targets, String file) {
        Set<Target> seen = new HashSet<>();
        for (Target t : targets) {
            if (!seen.add(t)) {
                throw new AutogenException("--targets " + file + " names " + t.name() + " twice");
            }
        }
    }
}
