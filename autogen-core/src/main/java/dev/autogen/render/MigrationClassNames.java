package dev.autogen.render;

import dev.autogen.AutogenException;
import dev.autogen.revision.RevisionInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * {@code M20261122014812_AddedAgeColumn}: a sortable UTC timestamp, so that a folder listing reads
 * in creation order, then the message as CamelCase so that it says what the revision does.
 */
public final class MigrationClassNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** Keeps file names well inside every file system's limit. */
    private static final int MAX_WORDS_LENGTH = 80;

    private MigrationClassNames() {
    }

    public static String of(RevisionInfo revision) {
        String words = camelCase(revision.message());
        return "M" + timestamp(revision.created()) + (words.isEmpty() ? "" : "_" + words);
    }

    /** "added age column" → "AddedAgeColumn": letters and digits only, each word capitalized. */
    static String camelCase(String message) {
        StringBuilder name = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < message.length(); ) {
            int c = message.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c) || !Character.isJavaIdentifierPart(c)) {
                wordStart = true;
                continue;
            }
            name.appendCodePoint(wordStart ? Character.toUpperCase(c) : c);
            wordStart = false;
        }
        return name.codePointCount(0, name.length()) <= MAX_WORDS_LENGTH ? name.toString()
                : name.substring(0, name.offsetByCodePoints(0, MAX_WORDS_LENGTH));
    }

    private static String timestamp(String created) {
        try {
            return OffsetDateTime.parse(created).withOffsetSameInstant(ZoneOffset.UTC).format(STAMP);
        } catch (DateTimeParseException e) {
            throw new AutogenException("revision time '" + created
                    + "' is not an ISO-8601 time like 2026-11-22T01:48:12Z; fix its created value", e);
        }
    }
}
