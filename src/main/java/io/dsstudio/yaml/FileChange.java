package io.dsstudio.yaml;

import java.nio.file.Path;

/**
 * What writing a snapshot back does to one file.
 *
 * @param originalText the text it was read with, or null for a file the write creates
 * @param newText      the text to write, or null when every object in it was removed (the file is deleted)
 */
public record FileChange(Path path, String displayPath, String originalText, String newText) {
    public boolean creates() {
        return originalText == null;
    }

    public boolean deletes() {
        return newText == null;
    }
}
