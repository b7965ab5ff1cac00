package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.List;

/** A sequence. {@code flow} is true for {@code [a, b]} and JSON arrays. */
public record YSeq(List<YNode> items, int start, int end, int line, int column, boolean flow, long expandedSize)
        implements YNode {
    public YSeq {
        items = items instanceof FrozenList<YNode> ? items : List.copyOf(items);
    }

    public YSeq(List<YNode> items, TextSpan span, boolean flow, long expandedSize) {
        this(items, span.start(), span.end(), span.line(), span.column(), flow, expandedSize);
    }

    @Override
    public List<Object> toPlain() {
        List<Object> out = new ArrayList<>(items.size());
        for (YNode item : items) {
            out.add(item.toPlain());
        }
        return out;
    }
}
