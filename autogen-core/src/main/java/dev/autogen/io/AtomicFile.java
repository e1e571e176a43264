package dev.autogen.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every file autogen writes appears whole or not at all: the content goes to a hidden temporary file
 * in the same folder, is forced to the disk, and only then takes the real name in one step. A full
 * disk, a killed process or a power cut leaves the old file (or none), never a 0-byte or truncated
 * one that every later command would stumble over. The temporary name starts with a dot and ends
 * in {@code .tmp}, so a migrations folder never mistakes it for a source.
 */
public final class AtomicFile {
    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Whether an existing file of that name may be replaced. */
    public enum Existing {
        REPLACE,
        REFUSE
    }

    private AtomicFile() {
    }

    public static void write(Path file, byte[] bytes, Existing existing) throws IOException {
        write(file, out -> out.write(bytes), existing);
    }

    /**
     * Writes {@code file} atomically, creating its folder if needed.
     *
     * @throws FileAlreadyExistsException when {@code existing} is REFUSE and the file exists; it is left as it was
     * @throws IOException when writing fails; nothing is left behind
     */
    public static void write(Path file, Content content, Existing existing) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        if (existing == Existing.REFUSE && Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (existing == Existing.REFUSE) {
                publishNew(temporary, file);
            } else {
                replace(temporary, file);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A hard link takes the name only if nobody has it, in one step; the temporary name is removed after. */
    private static void publishNew(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException noLinks) {
            // A file system without hard links: a rename, after checking the name is still free.
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString());
            }
            replace(temporary, file);
        }
    }

    private static void replace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The new name is itself data: forced too, where the platform lets a folder be opened. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder this way; the rename is still atomic there.
        }
    }
}
