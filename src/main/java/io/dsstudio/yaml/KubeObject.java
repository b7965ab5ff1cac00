package io.dsstudio.yaml;

import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.SourcePosition;

/**
 * One Kubernetes object as it stands in its file: a whole document, or one item of a {@code List}.
 *
 * @param documentIndex 0-based index of the document in its file
 * @param itemIndex     index in the List's {@code items}, or -1 for a top-level object
 */
public record KubeObject(SourceFile file, int documentIndex, int itemIndex, YMap root, String apiVersion,
                         String kind, String namespace, String name) {

    public ObjectRef ref() {
        return new ObjectRef(kind, namespace, name);
    }

    /** Where a field path such as {@code spec.template.spec.tolerations[0].operator} stands (see {@link FieldLocator}). */
    public SourcePosition locate(String fieldPath) {
        return FieldLocator.locate(this, fieldPath);
    }

    public SourcePosition position() {
        return new SourcePosition(file.displayPath(), root.span().line(), root.span().column());
    }
}
