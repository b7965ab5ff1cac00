package io.dsstudio.yaml;

import java.util.Map;

/**
 * An object a write-back adds to the snapshot (a pod the simulation created). It is rendered only while the
 * file that takes it is written, so a large result need not hold every new object as a tree until then.
 */
public interface NewObject {
    /** The whole object as a plain tree (ordered maps, lists, strings, numbers, booleans). */
    Map<String, Object> tree();

    /**
     * Appends the object as one YAML document, exactly as {@link ManifestRenderer#render} renders {@link #tree()}
     * with the given line ending. Objects that share most of their text may render it faster.
     */
    default void appendYaml(String newline, StringBuilder out) {
        out.append(new ManifestRenderer(newline).render(tree()));
    }

    /** An object known only by its tree. */
    static NewObject of(Map<String, Object> tree) {
        return () -> tree;
    }
}
