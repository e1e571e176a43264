package dev.autogen.revision;

import dev.autogen.migration.Revision;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Revision ids: 12 lowercase hex digits, random so that two developers never pick the same one. */
public final class RevisionIds {
    private static final Pattern VALID = Pattern.compile("[0-9a-f]{12}");

    private RevisionIds() {
    }

    public static String random() {
        byte[] bytes = new byte[6];
        Random.SOURCE.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /**
     * Seeded on first use: seeding costs tens of milliseconds at start, and most commands only
     * validate ids.
     */
    private static final class Random {
        static final SecureRandom SOURCE = new SecureRandom();
    }
}
