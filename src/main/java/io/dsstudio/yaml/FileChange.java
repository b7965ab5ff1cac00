package io.dsstudio.yaml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What writing a snapshot back does to one file: its new text, or (for a large file of new objects) a way to
 * write that text in pieces without ever holding it whole ({@link #streamed}).
 */
public final class FileChange {
    private final Path path;
    private final String displayPath;
    private final String originalText;
    private final String newText;
    private final AtomicFileWriter.Content content;
    private final boolean emptyText;
    private final boolean endsWithNewline;

    /**
     * @param originalText the text it was read with, or null for a file the write creates
     * @param newText      the text to write, or null when every object in it was removed (the file is deleted)
     */
    public FileChange(Path path, String displayPath, String originalText, String newText) {
        this(path, displayPath, originalText, newText, null, newText == null || newText.isEmpty(),
                newText == null || newText.isEmpty() || newText.endsWith("\n"));
    }

    private FileChange(Path path, String displayPath, String originalText, String newText, AtomicFileWriter.Content content,
                       boolean emptyText, boolean endsWithNewline) {
        this.path = path;
        this.displayPath = displayPath;
        this.originalText = originalText;
        this.newText = newText;
        this.content = content;
        this.emptyText = emptyText;
        this.endsWithNewline = endsWithNewline;
    }

    /**
     * A change whose new text is made while it is written (a file of tens of thousands of new pods).
     *
     * @param endsWithNewline whether the text {@code content} writes ends with a line break
     */
    public static FileChange streamed(Path path, String displayPath, String originalText, AtomicFileWriter.Content content,
                                      boolean endsWithNewline) {
        return new FileChange(path, displayPath, originalText, null, Objects.requireNonNull(content), false, endsWithNewline);
    }

    public Path path() {
        return path;
    }

    public String displayPath() {
        return displayPath;
    }

    /** The text it was read with, or null for a file the write creates. */
    public String originalText() {
        return originalText;
    }

    /**
     * The text to write, or null when the file is deleted. A {@link #streamed} change makes it anew on each call:
     * writers use {@link #writeTo}.
     */
    public String newText() {
        if (content == null) {
            return newText;
        }
        StringWriter out = new StringWriter();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the new text (nothing for a deleted file). */
    public void writeTo(Writer out) throws IOException {
        if (content != null) {
            content.writeTo(out);
        } else if (newText != null) {
            out.write(newText);
        }
    }

    /** What an atomic write of this change writes. */
    public AtomicFileWriter.Content content() {
        return this::writeTo;
    }

    /** Whether the new text is empty (or the file deleted), without making it. */
    public boolean hasEmptyText() {
        return emptyText;
    }

    /** Whether the new text ends with a line break (true when empty), without making it. */
    public boolean endsWithNewline() {
        return endsWithNewline;
    }

    public boolean creates() {
        return originalText == null;
    }

    public boolean deletes() {
        return content == null && newText == null;
    }

    @Override
    public String toString() {
        return "FileChange[" + displayPath + (creates() ? ", created" : deletes() ? ", deleted" : ", changed") + "]";
    }
}
