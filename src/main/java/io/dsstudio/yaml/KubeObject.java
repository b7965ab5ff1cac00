package io.dsstudio.yaml;

import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.SourcePosition;

import java.util.Objects;

/**
 * One Kubernetes object as it stands in its file: a whole document, or one item of a {@code List}.
 *
 * <p>An object read from a file may let go of its tree ({@link #detached()}): a large snapshot is mostly trees,
 * and keeping them all costs far more memory (and collector time while reading) than reading one document
 * again on the rare occasions a tree is needed after mapping (a diagnostic's position, an edit, an export).
 * {@link #root()} then reads the object's document again, which gives the same tree.
 */
public final class KubeObject {
    private final SourceFile file;
    private final int documentIndex;
    private final int itemIndex;
    private final YMap tree;
    private final DocumentRef document;
    private final int line;
    private final int column;
    private final String apiVersion;
    private final String kind;
    private final String namespace;
    private final String name;

    /**
     * @param documentIndex 0-based index of the document in its file
     * @param itemIndex     index in the List's {@code items}, or -1 for a top-level object
     */
    public KubeObject(SourceFile file, int documentIndex, int itemIndex, YMap root, String apiVersion, String kind,
                      String namespace, String name) {
        this(file, documentIndex, itemIndex, Objects.requireNonNull(root), null, apiVersion, kind, namespace, name);
    }

    KubeObject(SourceFile file, int documentIndex, int itemIndex, YMap tree, DocumentRef document, String apiVersion,
               String kind, String namespace, String name) {
        this.file = file;
        this.documentIndex = documentIndex;
        this.itemIndex = itemIndex;
        this.tree = tree;
        this.document = document;
        this.line = tree.line();
        this.column = tree.column();
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.namespace = namespace;
        this.name = name;
    }

    private KubeObject(KubeObject held, int documentIndex, YMap tree) {
        this.file = held.file;
        this.documentIndex = documentIndex;
        this.itemIndex = held.itemIndex;
        this.tree = tree;
        this.document = held.document;
        this.line = held.line;
        this.column = held.column;
        this.apiVersion = held.apiVersion;
        this.kind = held.kind;
        this.namespace = held.namespace;
        this.name = held.name;
    }

    /** The same object without its tree when its document can be read again; otherwise this object. */
    public KubeObject detached() {
        return tree == null || document == null ? this : new KubeObject(this, documentIndex, null);
    }

    /** The same object holding its tree (read again once if it had let go of it), for work that reads it often. */
    public KubeObject attached() {
        return tree != null ? this : new KubeObject(this, documentIndex, document.reread(file, itemIndex));
    }

    /** The same object as the {@code documentIndex}-th document of its file. */
    KubeObject atDocument(int documentIndex) {
        return documentIndex == this.documentIndex ? this : new KubeObject(this, documentIndex, tree);
    }

    /** Whether this object's document has been read again since it was let go of (tests count that work). */
    boolean documentReadAgain() {
        return document != null && document.window().readAgain();
    }

    public SourceFile file() {
        return file;
    }

    public int documentIndex() {
        return documentIndex;
    }

    public int itemIndex() {
        return itemIndex;
    }

    /** The object's tree, read again from its document when this object has let go of it. */
    public YMap root() {
        return tree != null ? tree : document.reread(file, itemIndex);
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kind() {
        return kind;
    }

    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    public ObjectRef ref() {
        return new ObjectRef(kind, namespace, name);
    }

    /** Where a field path such as {@code spec.template.spec.tolerations[0].operator} stands (see {@link FieldLocator}). */
    public SourcePosition locate(String fieldPath) {
        return FieldLocator.locate(this, fieldPath);
    }

    public SourcePosition position() {
        return new SourcePosition(file.displayPath(), line, column);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof KubeObject other && documentIndex == other.documentIndex && itemIndex == other.itemIndex
                && file.equals(other.file) && Objects.equals(apiVersion, other.apiVersion)
                && Objects.equals(kind, other.kind) && Objects.equals(namespace, other.namespace)
                && Objects.equals(name, other.name) && root().equals(other.root());
    }

    @Override
    public int hashCode() {
        return Objects.hash(file.displayPath(), documentIndex, itemIndex, kind, namespace, name, line, column);
    }

    @Override
    public String toString() {
        return "KubeObject[" + kind + " " + (namespace == null ? "" : namespace + "/") + name + " in "
                + file.displayPath() + " document " + documentIndex + (itemIndex >= 0 ? " item " + itemIndex : "") + "]";
    }
}
