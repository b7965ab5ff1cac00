package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.Toleration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks of NodeShouldRunDaemonPod for one pair, in upstream's order, each with the DaemonSet's and
 * the node's values side by side: NodeName, NodeSelector, NodeAffinity, then one Taint check per node taint.
 */
final class FitExplainer {
    /** The scheduler plugin's name upstream (tainttoleration.Name), for every taint check and for none. */
    static final String TAINT_TOLERATION = "TaintToleration";

    private FitExplainer() {
    }

    static List<FitCheck> explain(ClusterNode node, String templateNodeName, RequiredNodeAffinity affinity,
                                  List<NodeSelectorTerm> terms, List<Toleration> tolerations) {
        List<FitCheck> checks = new ArrayList<>();
        boolean nameOk = templateNodeName.isEmpty() || templateNodeName.equals(node.name());
        checks.add(new FitCheck("NodeName", nameOk, "template nodeName: "
                + (templateNodeName.isEmpty() ? "(unset)" : templateNodeName) + "; node: " + node.name()));
        checks.add(nodeSelector(node, affinity));
        checks.add(nodeAffinity(node, affinity, terms));
        if (node.taints().isEmpty()) {
            checks.add(new FitCheck(TAINT_TOLERATION, true, "node has no taints"));
        }
        for (Taint taint : node.taints()) {
            checks.add(taint(taint, tolerations));
        }
        return checks;
    }

    private static FitCheck nodeSelector(ClusterNode node, RequiredNodeAffinity affinity) {
        Map<String, String> wanted = affinity.nodeSelectorEntries();
        if (wanted.isEmpty()) {
            return new FitCheck("NodeSelector", true, "template nodeSelector: (none)");
        }
        String nodeSide = wanted.keySet().stream()
                .map(k -> k + "=" + Optional.ofNullable(node.labels().get(k)).orElse("(absent)"))
                .collect(Collectors.joining(", "));
        boolean ok = affinity.nodeSelectorMatches(node.labels());
        return new FitCheck("NodeSelector", ok, "template nodeSelector: " + pairs(wanted) + "; node labels: " + nodeSide);
    }

    private static FitCheck nodeAffinity(ClusterNode node, RequiredNodeAffinity affinity, List<NodeSelectorTerm> terms) {
        if (!affinity.hasAffinity()) {
            return new FitCheck("NodeAffinity", true, "template has no required node affinity");
        }
        if (terms.isEmpty()) {
            return new FitCheck("NodeAffinity", false, "required node affinity has no nodeSelectorTerms: matches no node");
        }
        List<Optional<Boolean>> results = affinity.termResults(node);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Optional<Boolean> r = results.get(i);
            String verdict = r.isEmpty() ? "cannot be parsed or is empty: matches nothing" : r.get() ? "matches" : "does not match";
            parts.add("term " + i + " [" + describe(terms.get(i), node) + "] " + verdict);
        }
        return new FitCheck("NodeAffinity", affinity.affinityMatches(node), "terms are ORed; " + String.join("; ", parts));
    }

    private static String describe(NodeSelectorTerm term, ClusterNode node) {
        List<String> parts = new ArrayList<>();
        for (NodeSelectorRequirement r : term.matchExpressions()) {
            String actual = node.labels().get(r.key());
            parts.add(r + " (node: " + (actual == null ? "absent" : r.key() + "=" + actual) + ")");
        }
        for (NodeSelectorRequirement r : term.matchFields()) {
            parts.add("field " + r + " (node: " + ("metadata.name".equals(r.key()) ? node.name() : "\"\"") + ")");
        }
        return parts.isEmpty() ? "empty" : String.join(" AND ", parts);
    }

    private static FitCheck taint(Taint taint, List<Toleration> tolerations) {
        if (!NodeFit.isConsidered(taint)) {
            return new FitCheck(TAINT_TOLERATION, true, "taint " + taint + ": effect " + taint.effect()
                    + " is not considered by the DaemonSet controller");
        }
        Optional<Toleration> by = tolerations.stream().filter(t -> t.tolerates(taint)).findFirst();
        if (by.isPresent()) {
            return new FitCheck(TAINT_TOLERATION, true, "taint " + taint + ": tolerated by " + describe(by.get()));
        }
        String consequence = "NoExecute".equals(taint.effect())
                ? "new pods are not created and existing pods are evicted"
                : "new pods are not created; existing pods keep running";
        return new FitCheck(TAINT_TOLERATION, false, "taint " + taint + ": not tolerated by any of "
                + tolerations.size() + " tolerations (template + daemon defaults); " + consequence);
    }

    static String describe(Toleration t) {
        StringBuilder out = new StringBuilder("{");
        if (!t.key().isEmpty()) {
            out.append("key: ").append(t.key()).append(", ");
        }
        out.append("operator: ").append(t.operator().isEmpty() ? "Equal (default)" : t.operator());
        if (!t.value().isEmpty()) {
            out.append(", value: ").append(t.value());
        }
        if (!t.effect().isEmpty()) {
            out.append(", effect: ").append(t.effect());
        }
        return out.append('}').toString();
    }

    private static String pairs(Map<String, String> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
