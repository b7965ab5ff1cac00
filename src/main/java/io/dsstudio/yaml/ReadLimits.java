package io.dsstudio.yaml;

/**
 * Limits that keep hostile input from exhausting the machine. Documents are read one at a time, so a file
 * may be larger than {@code maxDocumentChars}; one document may not.
 */
public record ReadLimits(int maxDocumentChars, int maxNestingDepth, int maxAliases, long maxExpandedNodes) {
    public static final ReadLimits DEFAULT = new ReadLimits(1 << 30, 200, 1_000, 5_000_000L);
}
