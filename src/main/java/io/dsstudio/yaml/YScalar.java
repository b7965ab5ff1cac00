package io.dsstudio.yaml;

/**
 * A scalar. {@code value} is resolved as kubectl resolves YAML 1.1 scalars (so {@code 0644} is 420 and
 * {@code yes} is true unless quoted); {@code text} is the scalar's content as the parser read it.
 */
public record YScalar(Object value, String text, int start, int end, int line, int column) implements YNode {
    public YScalar(Object value, String text, TextSpan span) {
        this(value, text, span.start(), span.end(), span.line(), span.column());
    }

    @Override
    public Object toPlain() {
        return value;
    }

    @Override
    public long expandedSize() {
        return 1;
    }

    public boolean isNull() {
        return value == null;
    }
}
