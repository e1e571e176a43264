package dev.autogen.revision;

import dev.autogen.migration.Revision;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Revision ids: 12 lowercase hex digits, random so that two developers never pick the same one. */
public final class RevisionIds {
    private static final Pattern VALID = Pattern.compile("[0-9a-f]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionIds() {
    }

    public static String random() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
