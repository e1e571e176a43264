package dev.autogen.revision;

import dev.autogen.migration.Migration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the checksum table records for an applied revision: the SHA-256 of the calls its upgrade
 * and downgrade make ({@link CallTranscript}), spelled {@code ops:} and 60 hex digits. It is
 * computed from the class, so the CLI (which compiles the sources) and {@code AutogenMigrator}
 * (which loads the application's compiled classes) record and validate the same value, and only an
 * edit that changes what the revision does counts: reformatting, comments and Javadoc do not.
 *
 * <p>Databases upgraded before this kind existed hold the SHA-256 of the source (64 hex digits,
 * {@link SourceChecksum}); {@link #matches} still validates those against the file.
 */
public final class RevisionChecksum {
    /** Marks the kind of checksum; a later definition would take another prefix of the same length. */
    public static final String OPERATIONS_PREFIX = "ops:";
    /** The checksum column holds 64 characters, which the prefix shares with the digest. */
    private static final int LENGTH = 64;

    private RevisionChecksum() {
    }

    /** The checksum of the revision's operations. */
    public static String of(Migration migration) {
        return OPERATIONS_PREFIX + sha256(transcript(migration)).substring(0, LENGTH - OPERATIONS_PREFIX.length());
    }

    /**
     * The lines the checksum is taken of: {@code upgrade}, each call, {@code downgrade}, each call. A
     * migration that throws is written down with the exception it throws, which is then part of
     * what it does.
     */
    static List<String> transcript(Migration migration) {
        CallTranscript upgrade = new CallTranscript();
        String upgradeFailure = run(() -> migration.upgrade(upgrade));
        CallTranscript downgrade = new CallTranscript();
        String downgradeFailure = run(() -> migration.downgrade(downgrade));
        List<String> lines = new ArrayList<>();
        lines.add("upgrade");
        lines.addAll(upgrade.lines());
        lines.add(upgradeFailure);
        lines.add("downgrade");
        lines.addAll(downgrade.lines());
        lines.add(downgradeFailure);
        return lines;
    }

    /**
     * Whether {@code recorded} still describes {@code revision}: an operations checksum is computed
     * again from the class; a source checksum (recorded before operations checksums) is compared
     * with the file, and counts as matching when there is no file to compare with.
     */
    public static boolean matches(String recorded, LoadedRevision revision) {
        if (recorded.startsWith(OPERATIONS_PREFIX)) {
            return recorded.equals(of(revision.migration()));
        }
        Optional<String> source = SourceChecksum.of(revision.source());
        return source.isEmpty() || source.get().equals(recorded);
    }

    /** The checksum {@link #matches} compares {@code recorded} with, to show beside it. */
    public static String current(String recorded, LoadedRevision revision) {
        if (recorded.startsWith(OPERATIONS_PREFIX)) {
            return of(revision.migration());
        }
        return SourceChecksum.of(revision.source()).orElse(recorded);
    }

    private static String run(Runnable calls) {
        try {
            calls.run();
            return "end";
        } catch (RuntimeException e) {
            return "throws " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
