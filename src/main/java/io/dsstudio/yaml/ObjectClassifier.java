package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.Severity;
import io.dsstudio.domain.SourcePosition;

import java.util.List;

/** Turns document roots into objects: checks apiVersion and kind, and unpacks {@code List} kinds. */
final class ObjectClassifier {
    private final SourceFile source;
    private final List<KubeObject> objects;
    private final List<Diagnostic> diagnostics;

    ObjectClassifier(SourceFile source, List<KubeObject> objects, List<Diagnostic> diagnostics) {
        this.source = source;
        this.objects = objects;
        this.diagnostics = diagnostics;
    }

    /** Classifies a document's root; {@code document} says how to read it again (null: keep the tree). */
    void classify(YNode root, int documentIndex, DocumentRef document) {
        classify(root, documentIndex, -1, document);
    }

    private void classify(YNode root, int documentIndex, int itemIndex, DocumentRef document) {
        if (!(root instanceof YMap map)) {
            diagnostics.add(ManifestReader.syntax("NotAnObject", "a Kubernetes object must be a mapping, found "
                    + describe(root), source.displayPath(), root.span().line(), root.span().column()));
            return;
        }
        String kind = text(map.get("kind"));
        String apiVersion = text(map.get("apiVersion"));
        String prefix = itemIndex >= 0 ? "items[" + itemIndex + "]." : "";
        if (kind == null || kind.isEmpty()) {
            required(map, prefix + "kind", "kind", "object has no kind");
            return;
        }
        if (apiVersion == null || apiVersion.isEmpty()) {
            required(map, prefix + "apiVersion", "apiVersion", "object of kind " + kind + " has no apiVersion");
            return;
        }
        if (itemIndex < 0 && kind.endsWith("List") && map.get("items") instanceof YSeq items) {
            for (int i = 0; i < items.items().size(); i++) {
                classify(items.items().get(i), documentIndex, i, document);
            }
            return;
        }
        if (itemIndex < 0 && kind.endsWith("List") && map.get("items") == null && map.get("metadata") == null) {
            return;
        }
        YNode metadata = map.get("metadata");
        String name = metadata instanceof YMap m ? text(m.get("name")) : null;
        String namespace = metadata instanceof YMap m ? text(m.get("namespace")) : null;
        if (ScopedKinds.isClusterScoped(kind)) {
            namespace = null;
        } else if (namespace == null || namespace.isEmpty()) {
            namespace = "default";
        }
        objects.add(new KubeObject(source, documentIndex, itemIndex, map, document, apiVersion, kind, namespace, name));
    }

    private void required(YMap map, String field, String key, String message) {
        TextSpan span = map.entry(key) != null ? map.entry(key).keySpan() : map.span();
        diagnostics.add(new Diagnostic(Severity.ERROR, "MissingField", null, field, ErrorType.Required, message,
                new SourcePosition(source.displayPath(), span.line(), span.column())));
    }

    private static String text(YNode node) {
        return node instanceof YScalar s && s.value() instanceof String str ? str : null;
    }

    private static String describe(YNode node) {
        if (node instanceof YSeq) {
            return "a list";
        }
        return "the scalar \"" + abbreviate(((YScalar) node).text()) + "\"";
    }

    private static String abbreviate(String s) {
        String oneLine = s == null ? "" : s.replace('\n', ' ');
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
