package io.dsstudio.yaml;

import java.nio.file.Path;

/**
 * A file that was read: the path as the user gave it (used in every message), where it is, and its
 * whole text (for positions and lossless write-back).
 */
public record SourceFile(String displayPath, Path path, String text) {
}
