package io.dsstudio.validation;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.MessageText;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.NodeFit;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.Reason;
import io.dsstudio.reconcile.ReasonCode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code MatchesNoNode}: the snapshot has nodes and the DaemonSet's shouldRun is false on every one of them.
 * The main reason is upstream's verdict (the first failing check) on the nodes that come closest, i.e. that
 * pass the most checks in upstream's order: a GPU DaemonSet without a toleration is told about the GPU taint,
 * not about the many nodes its affinity rightly excludes.
 */
final class MatchesNoNodeCheck implements SnapshotCheck {
    static final String CODE = "MatchesNoNode";

    @Override
    public List<Finding> check(Snapshot snapshot) {
        List<Finding> out = new ArrayList<>();
        if (snapshot.nodes().isEmpty()) {
            return out;
        }
        for (DaemonSet ds : snapshot.daemonSets()) {
            NodeFit fit = NodeFit.forDaemonSet(ds);
            Map<ReasonCode, Integer> counts = new EnumMap<>(ReasonCode.class);
            Map<ReasonCode, NodeVerdict> examples = new EnumMap<>(ReasonCode.class);
            boolean runsSomewhere = false;
            for (ClusterNode node : snapshot.nodes()) {
                NodeVerdict verdict = fit.verdict(node);
                if (verdict.shouldRun()) {
                    runsSomewhere = true;
                    break;
                }
                ReasonCode code = verdict.reasons().get(0).code();
                counts.merge(code, 1, Integer::sum);
                examples.putIfAbsent(code, verdict);
            }
            if (!runsSomewhere) {
                out.add(warning(ds, snapshot.nodes().size(), counts, examples));
            }
        }
        return out;
    }

    private static Finding warning(DaemonSet ds, int nodeCount, Map<ReasonCode, Integer> counts, Map<ReasonCode, NodeVerdict> examples) {
        ReasonCode main = counts.keySet().stream().max(Enum::compareTo).orElseThrow();
        NodeVerdict example = examples.get(main);
        Reason reason = example.reasons().get(0);
        int count = counts.get(main);
        String where = count == nodeCount ? (nodeCount == 1 ? "on the only node" : "on all " + nodeCount + " nodes")
                : "on " + count + " of " + nodeCount + " nodes; the others fail an earlier check";
        String message = "the DaemonSet runs on none of the " + nodeCount + (nodeCount == 1 ? " node" : " nodes")
                + "; main reason: " + describe(main) + " (" + where + "), e.g. node " + example.node() + ": " + reason.message();
        MessageText whereText = count == nodeCount ? MessageText.of("diag.MatchesNoNode.all", nodeCount)
                : MessageText.of("diag.MatchesNoNode.some", count, nodeCount);
        return Warnings.on(ds, CODE, field(main), message, "diag.MatchesNoNode", nodeCount,
                MessageText.of("diag.MatchesNoNode.main." + main.name()), whereText, example.node(),
                MessageText.of("reason." + main.name(), reason.subject(), reason.message()));
    }

    private static String describe(ReasonCode code) {
        return switch (code) {
            case NodeNameMismatch -> "the template's nodeName names another node";
            case NodeSelectorMismatch -> "the nodeSelector matches no node";
            case NodeAffinityMismatch -> "the required node affinity matches no node";
            case UntoleratedTaint -> "a taint is not tolerated";
        };
    }

    private static String field(ReasonCode code) {
        return switch (code) {
            case NodeNameMismatch -> "spec.template.spec.nodeName";
            case NodeSelectorMismatch -> "spec.template.spec.nodeSelector";
            case NodeAffinityMismatch -> "spec.template.spec.affinity.nodeAffinity";
            case UntoleratedTaint -> "spec.template.spec.tolerations";
        };
    }
}
