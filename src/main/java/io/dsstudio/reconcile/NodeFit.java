package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.TaintEffect;
import io.dsstudio.domain.Toleration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Upstream's NodeShouldRunDaemonPod (DC) for one DaemonSet: the hypothetical daemon pod (template, default
 * tolerations merged in) is checked against a node in upstream's order — template nodeName, nodeSelector,
 * required node affinity, untolerated NoSchedule/NoExecute taints (semantics.md §3).
 *
 * <p>An instance parses the DaemonSet once and remembers the verdict per placement signature (the node
 * label values the DaemonSet reads, the taints, and the name only when the template reads it), so
 * thousands of look-alike nodes cost one evaluation. Not thread-safe.
 */
public final class NodeFit {
    private final String templateNodeName;
    private final RequiredNodeAffinity affinity;
    private final List<Toleration> tolerations;
    private final String[] labelKeys;
    private final boolean keyByName;
    private final Map<Signature, Fit> cache = new HashMap<>();

    /** The name-free part of a verdict, shared by nodes with the same signature. */
    record Fit(boolean shouldRun, boolean shouldContinueRunning, List<Reason> reasons) {
        NodeVerdict forNode(String node) {
            return new NodeVerdict(node, shouldRun, shouldContinueRunning, reasons);
        }
    }

    private record Signature(String[] labelValues, List<Taint> taints, String name) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && Arrays.equals(labelValues, s.labelValues) && taints.equals(s.taints)
                    && java.util.Objects.equals(name, s.name);
        }

        @Override
        public int hashCode() {
            return (Arrays.hashCode(labelValues) * 31 + taints.hashCode()) * 31 + (name == null ? 0 : name.hashCode());
        }
    }

    private NodeFit(DaemonSet ds) {
        PodSpec spec = ds.template().spec();
        this.templateNodeName = spec.nodeName();
        this.affinity = RequiredNodeAffinity.of(spec);
        this.tolerations = DefaultDaemonTolerations.merged(spec);
        this.labelKeys = affinity.labelKeys().toArray(String[]::new);
        this.keyByName = !templateNodeName.isEmpty() || affinity.readsNodeName();
    }

    /** A reusable, caching evaluator for one DaemonSet. */
    public static NodeFit forDaemonSet(DaemonSet ds) {
        return new NodeFit(ds);
    }

    /** NodeShouldRunDaemonPod(node, ds) with every failing check as a reason (reasons[0] is upstream's). */
    public static NodeVerdict evaluate(ClusterNode node, DaemonSet ds) {
        return forDaemonSet(ds).verdict(node);
    }

    /** Every check of {@link #evaluate} for the pair, in order, with both sides' values. */
    public static List<FitCheck> explain(ClusterNode node, DaemonSet ds) {
        NodeFit fit = forDaemonSet(ds);
        PodSpec spec = ds.template().spec();
        List<NodeSelectorTerm> terms = spec.affinity() == null || !spec.affinity().hasRequired()
                ? List.of() : spec.affinity().requiredTerms();
        return FitExplainer.explain(node, fit.templateNodeName, fit.affinity, terms, fit.tolerations);
    }

    /** The tolerations of the hypothetical daemon pod (template + defaults, §3.4). */
    public List<Toleration> podTolerations() {
        return tolerations;
    }

    public NodeVerdict verdict(ClusterNode node) {
        return fit(node).forNode(node.name());
    }

    /** The name-free part of {@link #verdict}, from the per-signature cache. */
    Fit fit(ClusterNode node) {
        return cache.computeIfAbsent(signature(node), s -> compute(node));
    }

    /** The node label keys the verdict reads, in a stable order. */
    List<String> labelKeys() {
        return List.of(labelKeys);
    }

    /** Whether the verdict depends on the node's name (template nodeName or matchFields). */
    boolean readsNodeName() {
        return keyByName;
    }

    private Signature signature(ClusterNode node) {
        Map<String, String> labels = node.labels();
        String[] values = new String[labelKeys.length];
        for (int i = 0; i < labelKeys.length; i++) {
            values[i] = labels.get(labelKeys[i]);
        }
        return new Signature(values, node.taints(), keyByName ? node.name() : null);
    }

    /** Evaluates without the cache. */
    Fit compute(ClusterNode node) {
        List<Reason> reasons = new ArrayList<>(2);
        if (!templateNodeName.isEmpty() && !templateNodeName.equals(node.name())) {
            reasons.add(new Reason(ReasonCode.NodeNameMismatch, FitMessages.nodeName(templateNodeName, node), templateNodeName));
        }
        if (!affinity.nodeSelectorMatches(node.labels())) {
            reasons.add(new Reason(ReasonCode.NodeSelectorMismatch, FitMessages.nodeSelector(affinity, node),
                    String.join(", ", FitMessages.unmatchedSelectorEntries(affinity, node.labels()))));
        }
        if (!affinity.affinityMatches(node)) {
            reasons.add(new Reason(ReasonCode.NodeAffinityMismatch, FitMessages.nodeAffinity(affinity, node)));
        }
        boolean placementFits = reasons.isEmpty();
        boolean untoleratedNoExecute = false;
        for (Taint taint : node.taints()) {
            if (isConsidered(taint) && !isTolerated(taint)) {
                reasons.add(new Reason(ReasonCode.UntoleratedTaint, FitMessages.taint(taint), taint.toString()));
                untoleratedNoExecute |= TaintEffect.NO_EXECUTE.equals(taint.effect());
            }
        }
        boolean shouldRun = reasons.isEmpty();
        boolean shouldContinueRunning = placementFits && !untoleratedNoExecute;
        return new Fit(shouldRun, shouldContinueRunning, List.copyOf(reasons));
    }

    /** Only NoSchedule and NoExecute taints count (DC predicates); PreferNoSchedule never does. */
    static boolean isConsidered(Taint taint) {
        return TaintEffect.NO_SCHEDULE.equals(taint.effect()) || TaintEffect.NO_EXECUTE.equals(taint.effect());
    }

    private boolean isTolerated(Taint taint) {
        for (Toleration t : tolerations) {
            if (t.tolerates(taint)) {
                return true;
            }
        }
        return false;
    }
}
