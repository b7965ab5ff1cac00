package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sentences of placement reasons: what the DaemonSet asks for and what the node has. */
final class FitMessages {
    private FitMessages() {
    }

    static String nodeName(String templateNodeName, ClusterNode node) {
        return "template nodeName " + templateNodeName + " is not this node (" + node.name() + ")";
    }

    static String nodeSelector(RequiredNodeAffinity affinity, ClusterNode node) {
        return "nodeSelector does not match: " + String.join(", ", selectorMismatches(affinity, node.labels()));
    }

    /** Each failing nodeSelector entry, e.g. {@code kubernetes.io/os=linux (node has windows)}. */
    static List<String> selectorMismatches(RequiredNodeAffinity affinity, Map<String, String> labels) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : affinity.nodeSelectorEntries().entrySet()) {
            String actual = labels.get(e.getKey());
            if (!e.getValue().equals(actual)) {
                out.add(e.getKey() + "=" + e.getValue() + (actual == null ? " (node lacks the label)" : " (node has " + actual + ")"));
            }
        }
        return out;
    }

    /** The nodeSelector entries the labels do not satisfy, as {@code key=value}. */
    static List<String> unmatchedSelectorEntries(RequiredNodeAffinity affinity, Map<String, String> labels) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : affinity.nodeSelectorEntries().entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                out.add(e.getKey() + "=" + e.getValue());
            }
        }
        return out;
    }

    static String nodeAffinity(RequiredNodeAffinity affinity, ClusterNode node) {
        List<Optional<Boolean>> results = affinity.termResults(node);
        if (results.isEmpty()) {
            return "required node affinity has no nodeSelectorTerms, so it matches no node";
        }
        List<String> unparsable = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).isEmpty()) {
                unparsable.add(String.valueOf(i));
            }
        }
        String base = results.size() == 1 ? "the required node affinity term does not match"
                : "none of the " + results.size() + " required node affinity terms matches";
        return unparsable.isEmpty() ? base
                : base + " (nodeSelectorTerms " + String.join(", ", unparsable) + " cannot be parsed or are empty and match nothing)";
    }

    static String taint(Taint taint) {
        return "taint " + taint + " is not tolerated";
    }
}
