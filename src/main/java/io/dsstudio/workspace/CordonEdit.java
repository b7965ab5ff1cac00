package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.TaintEffect;

import java.util.List;
import java.util.Set;

/**
 * Cordon or uncordon, as Kubernetes does it: spec.unschedulable plus the
 * {@code node.kubernetes.io/unschedulable:NoSchedule} taint the node lifecycle controller keeps in step.
 */
public record CordonEdit(Set<String> nodes, boolean cordon) implements NodeEdit {
    public static final String UNSCHEDULABLE_TAINT_KEY = "node.kubernetes.io/unschedulable";

    public CordonEdit {
        nodes = Set.copyOf(nodes);
    }

    @Override
    public ClusterNode applyTo(ClusterNode node) {
        Taint taint = Taint.of(UNSCHEDULABLE_TAINT_KEY, "", TaintEffect.NO_SCHEDULE);
        TaintEdit taintEdit = cordon ? TaintEdit.add(Set.of(node.name()), taint)
                : TaintEdit.remove(Set.of(node.name()), UNSCHEDULABLE_TAINT_KEY, TaintEffect.NO_SCHEDULE);
        return taintEdit.applyTo(node).withUnschedulable(cordon);
    }

    @Override
    public String descriptionKey() {
        return cordon ? "edit.cordon" : "edit.uncordon";
    }

    @Override
    public List<Object> descriptionArgs() {
        return List.of(nodes.size());
    }
}
