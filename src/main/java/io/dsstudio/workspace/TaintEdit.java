package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds a taint (replacing one with the same key and effect, as {@code kubectl taint --overwrite} does) or
 * removes every taint with the key and effect (an empty effect removes the key with any effect).
 */
public record TaintEdit(Set<String> nodes, Taint taint, boolean add) implements NodeEdit {
    public TaintEdit {
        nodes = Set.copyOf(nodes);
        if (taint.key().isBlank()) {
            throw new IllegalArgumentException("taint key is empty");
        }
        if (add && taint.effect().isEmpty()) {
            throw new IllegalArgumentException("a taint needs an effect");
        }
    }

    public static TaintEdit add(Set<String> nodes, Taint taint) {
        return new TaintEdit(nodes, taint, true);
    }

    public static TaintEdit remove(Set<String> nodes, String key, String effect) {
        return new TaintEdit(nodes, Taint.of(key, "", effect), false);
    }

    @Override
    public ClusterNode applyTo(ClusterNode node) {
        List<Taint> taints = new ArrayList<>();
        boolean replaced = false;
        for (Taint existing : node.taints()) {
            boolean same = existing.key().equals(taint.key())
                    && (taint.effect().isEmpty() || existing.effect().equals(taint.effect()));
            if (!same) {
                taints.add(existing);
            } else if (add && !replaced) {
                taints.add(taint);
                replaced = true;
            }
        }
        if (add && !replaced) {
            taints.add(taint);
        }
        return node.withTaints(taints);
    }

    @Override
    public String descriptionKey() {
        return add ? "edit.taint.add" : "edit.taint.remove";
    }

    @Override
    public List<Object> descriptionArgs() {
        String text = add ? taint.toString() : taint.effect().isEmpty() ? taint.key() : taint.key() + ":" + taint.effect();
        return List.of(text, nodes.size());
    }
}
