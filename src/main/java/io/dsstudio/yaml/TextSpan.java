package io.dsstudio.yaml;

/**
 * Where a node stands in its file: UTF-16 offsets into the file's text (end exclusive) and the 1-based
 * line and column of its first character.
 */
public record TextSpan(int start, int end, int line, int column) {
}
