package io.dsstudio.yaml;

/** A node of a YAML or JSON document, with its place in the source text. */
public sealed interface YNode permits YMap, YSeq, YScalar {
    TextSpan span();

    /** The plain Java value: LinkedHashMap, ArrayList, String, Long, BigInteger, Double, Boolean or null. */
    Object toPlain();

    /** Number of nodes below and including this one, with aliases counted at their expanded size. */
    long expandedSize();
}
