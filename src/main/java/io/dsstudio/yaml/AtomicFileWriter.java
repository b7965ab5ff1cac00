package io.dsstudio.yaml;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the new content
 * goes to a temporary file in the same directory, is forced to disk, and is renamed over the target
 * atomically (or, where the file system cannot, with REPLACE_EXISTING). Optionally the previous content is
 * kept first as {@code FILE.bak} ({@code FILE.bak.1}, {@code FILE.bak.2}, … when that exists: see {@link BackupFiles}).
 */
public final class AtomicFileWriter {
    private final boolean keepBackup;

    public AtomicFileWriter(boolean keepBackup) {
        this.keepBackup = keepBackup;
    }

    public void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** What goes into a file, written in pieces (a large result is never held as one string or byte array). */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    public void write(Path target, byte[] content) throws IOException {
        writeThrough(target, channel -> {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
    }

    /** Writes {@code content} as UTF-8, streamed into the temporary file. */
    public void write(Path target, Content content) throws IOException {
        writeThrough(target, channel -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(out);
            out.flush(); // not closed: the channel is forced and closed below
        });
    }

    private interface ChannelContent {
        void writeTo(FileChannel channel) throws IOException;
    }

    private void writeThrough(Path target, ChannelContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("no such directory: " + directory);
        }
        Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        try {
            keepPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(channel);
                channel.force(true);
            }
            if (keepBackup && Files.exists(absolute)) {
                copyToBackup(absolute, directory);
            }
            move(temp, absolute);
            forceDirectory(directory);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Temporary files are created owner-only; the saved file keeps the target's permissions (or rw-r--r--). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    private static void copyToBackup(Path source, Path directory) throws IOException {
        Path temp = Files.createTempFile(directory, "." + source.getFileName() + ".bak.", ".tmp");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            BackupFiles.moveToNextFree(temp, source);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a directory; elsewhere it is skipped. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open directories; the rename is still atomic there.
        }
    }
}
