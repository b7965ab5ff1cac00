package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sets (value non-null) or removes (value null) one label on some nodes, as {@code kubectl label --overwrite} does. */
public record LabelEdit(Set<String> nodes, String key, String value) implements NodeEdit {
    public LabelEdit {
        nodes = Set.copyOf(nodes);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("label key is empty");
        }
    }

    public static LabelEdit set(Set<String> nodes, String key, String value) {
        return new LabelEdit(nodes, key, value == null ? "" : value);
    }

    public static LabelEdit remove(Set<String> nodes, String key) {
        return new LabelEdit(nodes, key, null);
    }

    public boolean isRemoval() {
        return value == null;
    }

    @Override
    public ClusterNode applyTo(ClusterNode node) {
        Map<String, String> labels = new LinkedHashMap<>(node.labels());
        if (isRemoval()) {
            labels.remove(key);
        } else {
            labels.put(key, value);
        }
        return node.withMeta(node.meta().withLabels(labels));
    }

    @Override
    public String descriptionKey() {
        return isRemoval() ? "edit.label.remove" : "edit.label.set";
    }

    @Override
    public List<Object> descriptionArgs() {
        return isRemoval() ? List.of(key, nodes.size()) : List.of(key + "=" + value, nodes.size());
    }
}
