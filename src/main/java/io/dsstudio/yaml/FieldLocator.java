package io.dsstudio.yaml;

import io.dsstudio.domain.SourcePosition;

/**
 * Finds a Kubernetes field path in a document: the key of the last map segment, or the item of a list
 * index. When the path does not exist (a Required field, say), the deepest existing ancestor is used.
 */
public final class FieldLocator {
    private FieldLocator() {
    }

    public static SourcePosition locate(KubeObject object, String fieldPath) {
        TextSpan span = find(object.root(), fieldPath);
        return new SourcePosition(object.file().displayPath(), span.line(), span.column());
    }

    static TextSpan find(YMap root, String fieldPath) {
        TextSpan best = root.span();
        if (fieldPath == null || fieldPath.isEmpty()) {
            return best;
        }
        YNode current = root;
        for (FieldPath.Segment segment : FieldPath.parse(fieldPath)) {
            if (segment.isIndex()) {
                if (!(current instanceof YSeq seq) || segment.index() >= seq.items().size()) {
                    return best;
                }
                current = seq.items().get(segment.index());
                best = current.span();
            } else {
                if (!(current instanceof YMap map)) {
                    return best;
                }
                YEntry entry = map.entry(segment.key());
                if (entry == null) {
                    return best;
                }
                current = entry.value();
                best = entry.keySpan();
            }
        }
        return best;
    }

    /** The node at a field path, or null. */
    public static YNode node(YMap root, String fieldPath) {
        YNode current = root;
        for (FieldPath.Segment segment : FieldPath.parse(fieldPath)) {
            if (segment.isIndex()) {
                if (!(current instanceof YSeq seq) || segment.index() >= seq.items().size()) {
                    return null;
                }
                current = seq.items().get(segment.index());
            } else {
                if (!(current instanceof YMap map) || map.get(segment.key()) == null) {
                    return null;
                }
                current = map.get(segment.key());
            }
        }
        return current;
    }
}
