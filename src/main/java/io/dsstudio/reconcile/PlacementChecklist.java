package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.PodSpec;

import java.util.List;

/**
 * Every check of NodeShouldRunDaemonPod for one (node, DaemonSet) pair as a checklist, shared by
 * {@code explain} and the app's "why" panel: the upstream checks in order (nodeName, nodeSelector, required
 * node affinity with a row per term, one row per node taint), then what explains without deciding: the default
 * daemon tolerations merged into the pod and the node's Ready and cordon state, which the controller does not
 * check (semantics.md §3).
 */
public record PlacementChecklist(String daemonSet, String node, boolean shouldRun, boolean shouldContinueRunning,
                                 List<ChecklistRow> rows) {
    public PlacementChecklist {
        rows = List.copyOf(rows);
    }

    public static PlacementChecklist of(ClusterNode node, DaemonSet ds) {
        NodeFit fit = NodeFit.forDaemonSet(ds);
        NodeVerdict verdict = fit.verdict(node);
        PodSpec spec = ds.template().spec();
        List<NodeSelectorTerm> terms = spec.affinity() == null || !spec.affinity().hasRequired()
                ? List.of() : spec.affinity().requiredTerms();
        List<FitCheck> checks = NodeFit.explain(node, ds);
        List<ChecklistRow> rows = new ChecklistRows(node, spec, RequiredNodeAffinity.of(spec), terms, fit.podTolerations())
                .build(checks);
        return new PlacementChecklist(ds.key(), node.name(), verdict.shouldRun(), verdict.shouldContinueRunning(), rows);
    }

    /** The rows {@code explain} always reported (rule, passed, detail), in upstream's order. */
    public List<ChecklistRow> checks() {
        return rows.stream().filter(ChecklistRow::isCheck).toList();
    }
}
