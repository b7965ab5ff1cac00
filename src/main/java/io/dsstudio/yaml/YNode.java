package io.dsstudio.yaml;

/**
 * A node of a YAML or JSON document, with its place in the source text. Positions are stored as plain ints
 * (a large snapshot holds millions of nodes); {@link #span()} builds the span when someone asks.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {
    /** UTF-16 offset of the node's first character in its file. */
    int start();

    /** UTF-16 offset just after the node (for block collections: after their last value). */
    int end();

    /** 1-based line of the node's first character. */
    int line();

    /** 1-based column of the node's first character. */
    int column();

    default TextSpan span() {
        return new TextSpan(start(), end(), line(), column());
    }

    /** The plain Java value: LinkedHashMap, ArrayList, String, Long, BigInteger, Double, Boolean or null. */
    Object toPlain();

    /** Number of nodes below and including this one, with aliases counted at their expanded size. */
    long expandedSize();
}
