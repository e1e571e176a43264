package dev.autogen.dialect.postgresql;

import dev.autogen.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * PostgreSQL's own rules for the names it makes up (src/backend/commands/indexcmds.c and
 * catalog/pg_constraint.c): {@code makeObjectName} joins a table, an optional addition and a
 * label, cutting the longer part first so the name fits 63 bytes and never splitting a character.
 * On a clash PostgreSQL tries the label with a counter ({@code books_title_key1}) until the name is
 * free ({@link PostgresConstraintNames}).
 */
final class PostgresObjectNames {
    /** NAMEDATALEN - 1: the bytes a PostgreSQL identifier keeps. */
    static final int MAX_BYTES = 63;

    private PostgresObjectNames() {
    }

    /** makeObjectName: {@code first_second_label}, or {@code first_label} without a second part. */
    static String objectName(String first, String second, String label) {
        // A table in another schema (billing.invoices) names its objects without the schema.
        byte[] a = QualifiedName.local(first).getBytes(StandardCharsets.UTF_8);
        byte[] b = second == null ? new byte[0] : second.getBytes(StandardCharsets.UTF_8);
        int overhead = label.getBytes(StandardCharsets.UTF_8).length + 1 + (second == null ? 0 : 1);
        int available = MAX_BYTES - overhead;
        int aBytes = a.length;
        int bBytes = b.length;
        while (aBytes + bBytes > available) {
            if (aBytes > bBytes) {
                aBytes--;
            } else {
                bBytes--;
            }
        }
        StringBuilder name = new StringBuilder(prefix(a, aBytes));
        if (second != null) {
            name.append('_').append(prefix(b, bBytes));
        }
        return name.append('_').append(label).toString();
    }

    /**
     * ChooseIndexNameAddition and ChooseForeignKeyConstraintNameAddition: the column names joined
     * by underscores, stopping once the text is longer than any name can be.
     */
    static String columnsPart(List<String> columns) {
        StringBuilder text = new StringBuilder();
        for (String column : columns) {
            if (text.length() > 0) {
                text.append('_');
            }
            text.append(column);
            if (text.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                break;
            }
        }
        return text.toString();
    }

    /**
     * The name as PostgreSQL stores it: an identifier longer than 63 bytes is cut (with a NOTICE)
     * to 63 bytes, less a character that would be split.
     */
    static String clipped(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        return utf8.length <= MAX_BYTES ? name : prefix(utf8, MAX_BYTES);
    }

    /** pg_mbcliplen: the first {@code length} bytes, less a character they would cut in two. */
    private static String prefix(byte[] utf8, int length) {
        int end = length;
        while (end > 0 && end < utf8.length && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }
}
