package io.dsstudio.domain;

/** Where something stands in a source file: the path as the user gave it, 1-based line and column. */
public record SourcePosition(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
