package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ErrorType;
import io.dsstudio.domain.Severity;
import io.dsstudio.domain.SourcePosition;

import java.util.List;
import java.util.Set;

/** Turns document roots into objects: checks apiVersion and kind, and unpacks {@code List} kinds. */
final class ObjectClassifier {
    static final Set<String> LIST_FIELDS = Set.of("apiVersion", "kind", "metadata", "items");
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

    /** Classifies item {@code itemIndex} of a List that is the document's root, read on its own. */
    void classifyItem(YNode item, int documentIndex, int itemIndex, DocumentRef document) {
        classify(item, documentIndex, itemIndex, document);
    }

    /**
     * Whether a document whose only fields are these and a non-empty list of {@code items} is a List whose items
     * {@link #classify} reads without a word about the List itself.
     */
    static boolean unpacksQuietly(YNode kind, YNode apiVersion) {
        String k = text(kind);
        String a = text(apiVersion);
        return k != null && !k.isEmpty() && a != null && !a.isEmpty() && k.endsWith("List");
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
        if (kind.endsWith("List") && itemIndex >= 0 && looksLikeList(map)) {
            // kubectl flattens a List in a List; its items cannot be read back from one item index, so say so
            listError(map.entry("kind").value(), prefix + "kind", "a List inside a List is not read: move its items into the outer List");
            return;
        }
        if (kind.endsWith("List") && looksLikeList(map)) {
            reportUnknownListFields(map);
            YNode items = map.get("items");
            if (items instanceof YSeq seq) {
                for (int i = 0; i < seq.items().size(); i++) {
                    classify(seq.items().get(i), documentIndex, i, document);
                }
            } else if (items != null && !(items instanceof YScalar s && s.isNull())) {
                listError(items, "items", "items must be a list of objects, found " + describe(items));
            }
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

    /**
     * A {@code *List} document is a List when it has only a List's fields (v1.List: TypeMeta, ListMeta, items; the
     * schema test keeps this set in step with upstream's). Other keys are reported, with the key meant when close.
     */
    private static boolean looksLikeList(YMap map) {
        return map.get("items") != null || map.get("metadata") == null;
    }

    private void reportUnknownListFields(YMap map) {
        for (YEntry e : map.entries()) {
            if (!LIST_FIELDS.contains(e.key())) {
                String meant = NameSuggestions.closest(e.key(), LIST_FIELDS);
                TextSpan span = e.keySpan();
                diagnostics.add(new Diagnostic(Severity.ERROR, "UnknownField", null, e.key(), ErrorType.Invalid,
                        "unknown field \"" + e.key() + "\"" + (meant == null ? "" : ": did you mean " + meant + "?"),
                        new SourcePosition(source.displayPath(), span.line(), span.column())));
            }
        }
    }

    private void listError(YNode at, String field, String message) {
        diagnostics.add(new Diagnostic(Severity.ERROR, "InvalidList", null, field, ErrorType.Invalid, message,
                new SourcePosition(source.displayPath(), at.line(), at.column())));
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
        if (node instanceof YMap) {
            return "a mapping";
        }
        return "the scalar \"" + abbreviate(((YScalar) node).text()) + "\"";
    }

    private static String abbreviate(String s) {
        String oneLine = s == null ? "" : s.replace('\n', ' ');
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
