package io.dsstudio.yaml;

/**
 * One change to an object's document, addressed by a Kubernetes field path (see {@link FieldPath}), e.g.
 * {@code spec.template.spec.tolerations[1].effect} or {@code metadata.labels[app.kubernetes.io/name]}.
 * Values are plain trees: LinkedHashMap, List, String, Long/Integer, Double, Boolean or null.
 */
public sealed interface ManifestEdit permits ManifestEdit.Set, ManifestEdit.Remove, ManifestEdit.Append {
    String path();

    /** Sets a scalar or replaces a subtree; a missing key is inserted, with any missing parent maps. */
    record Set(String path, Object value) implements ManifestEdit {
    }

    /** Removes a key or a list item; removing what is not there is an error. */
    record Remove(String path) implements ManifestEdit {
    }

    /** Appends an item to a list; a missing (or null) list is created. */
    record Append(String path, Object item) implements ManifestEdit {
    }

    static ManifestEdit set(String path, Object value) {
        return new Set(path, value);
    }

    static ManifestEdit remove(String path) {
        return new Remove(path);
    }

    static ManifestEdit append(String path, Object item) {
        return new Append(path, item);
    }
}
