package io.dsstudio.yaml;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Taint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The field edits that turn an object's document into its new state: only the fields that changed, so the rest of
 * the document stays as the user wrote it. Covers what the app and the simulation change: node labels, taints
 * and cordon; DaemonSet uid and generations; pod owner references.
 */
final class ObjectEdits {
    private ObjectEdits() {
    }

    static List<ManifestEdit> node(KubeObject source, ClusterNode before, ClusterNode after) {
        List<ManifestEdit> edits = new ArrayList<>(stringMap(source, "metadata.labels", before.labels(), after.labels()));
        if (!before.taints().equals(after.taints())) {
            if (after.taints().isEmpty()) {
                removeIfPresent(source, "spec.taints", edits);
            } else {
                List<Object> taints = new ArrayList<>();
                for (Taint t : after.taints()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("key", t.key());
                    if (!t.value().isEmpty()) {
                        m.put("value", t.value());
                    }
                    m.put("effect", t.effect());
                    taints.add(m);
                }
                edits.add(ManifestEdit.set("spec.taints", taints));
            }
        }
        if (before.unschedulable() != after.unschedulable()) {
            if (after.unschedulable()) {
                edits.add(ManifestEdit.set("spec.unschedulable", true));
            } else {
                removeIfPresent(source, "spec.unschedulable", edits);
            }
        }
        return edits;
    }

    static List<ManifestEdit> daemonSet(KubeObject source, DaemonSet before, DaemonSet after) {
        List<ManifestEdit> edits = new ArrayList<>();
        if (!Objects.equals(before.meta().uid(), after.meta().uid()) && after.meta().uid() != null) {
            edits.add(ManifestEdit.set("metadata.uid", after.meta().uid()));
        }
        if (!Objects.equals(before.meta().generation(), after.meta().generation()) && after.meta().generation() != null) {
            edits.add(ManifestEdit.set("metadata.generation", after.meta().generation()));
        }
        edits.addAll(stringMap(source, "metadata.annotations", before.meta().annotations(), after.meta().annotations()));
        return edits;
    }

    static List<ManifestEdit> pod(KubeObject source, Pod before, Pod after) {
        List<ManifestEdit> edits = new ArrayList<>();
        if (!before.meta().ownerReferences().equals(after.meta().ownerReferences())) {
            if (after.meta().ownerReferences().isEmpty()) {
                removeIfPresent(source, "metadata.ownerReferences", edits);
            } else {
                List<Object> refs = new ArrayList<>();
                for (OwnerReference r : after.meta().ownerReferences()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("apiVersion", r.apiVersion());
                    m.put("kind", r.kind());
                    m.put("name", r.name());
                    m.put("uid", r.uid());
                    if (r.controller()) {
                        m.put("controller", true);
                    }
                    if (r.blockOwnerDeletion() != null) {
                        m.put("blockOwnerDeletion", r.blockOwnerDeletion());
                    }
                    refs.add(m);
                }
                edits.add(ManifestEdit.set("metadata.ownerReferences", refs));
            }
        }
        return edits;
    }

    /**
     * Edits that make the object's {@code status} hold {@code fields} (a null value removes the field), leaving
     * other status fields (collisionCount, conditions) as they are; numbers compare by value.
     */
    static List<ManifestEdit> status(KubeObject source, Map<String, Object> fields) {
        List<ManifestEdit> edits = new ArrayList<>();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            String path = "status." + e.getKey();
            YNode existing = FieldLocator.node(source.root(), path);
            if (e.getValue() == null) {
                if (existing != null) {
                    edits.add(ManifestEdit.remove(path));
                }
            } else if (existing == null || !sameScalar(existing.toPlain(), e.getValue())) {
                edits.add(ManifestEdit.set(path, e.getValue()));
            }
        }
        return edits;
    }

    private static boolean sameScalar(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() == y.longValue() && x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    /** Per-key edits of a string map such as labels: set what changed or is new, remove what is gone. */
    private static List<ManifestEdit> stringMap(KubeObject source, String path, Map<String, String> before, Map<String, String> after) {
        List<ManifestEdit> edits = new ArrayList<>();
        if (before.equals(after)) {
            return edits;
        }
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String field = path + "[" + key + "]";
            if (!after.containsKey(key)) {
                removeIfPresent(source, field, edits);
            } else if (!after.get(key).equals(before.get(key))) {
                edits.add(ManifestEdit.set(field, after.get(key)));
            }
        }
        return edits;
    }

    private static void removeIfPresent(KubeObject source, String path, List<ManifestEdit> edits) {
        if (FieldLocator.node(source.root(), path) != null) {
            edits.add(ManifestEdit.remove(path));
        }
    }
}
