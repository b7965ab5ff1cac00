package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.PodSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * NA GetRequiredNodeAffinity for a pod spec, parsed once: {@code spec.nodeSelector} (every key present with
 * an equal value) and the required node affinity terms (ORed; a term that fails to parse matches nothing
 * without stopping the others; no terms match nothing).
 */
public final class RequiredNodeAffinity {
    private final Map<String, String> nodeSelector;
    /** Null without a required affinity; one entry per term, empty for a term upstream skips. */
    private final List<Optional<NodeSelectorTermMatcher>> terms;
    private final Set<String> labelKeys;
    private final boolean readsNodeName;

    private RequiredNodeAffinity(Map<String, String> nodeSelector, List<Optional<NodeSelectorTermMatcher>> terms) {
        this.nodeSelector = nodeSelector;
        this.terms = terms;
        Set<String> keys = new LinkedHashSet<>(nodeSelector.keySet());
        boolean fields = false;
        if (terms != null) {
            for (Optional<NodeSelectorTermMatcher> term : terms) {
                if (term.isPresent()) {
                    term.get().labels().forEach(r -> keys.add(r.key()));
                    fields |= !term.get().fields().isEmpty();
                }
            }
        }
        this.labelKeys = Collections.unmodifiableSet(keys);
        this.readsNodeName = fields;
    }

    public static RequiredNodeAffinity of(PodSpec spec) {
        List<Optional<NodeSelectorTermMatcher>> parsed = null;
        if (spec.affinity() != null && spec.affinity().hasRequired()) {
            parsed = new ArrayList<>();
            for (NodeSelectorTerm term : spec.affinity().requiredTerms()) {
                parsed.add(NodeSelectorTermMatcher.parse(term));
            }
        }
        return new RequiredNodeAffinity(spec.nodeSelector(), parsed == null ? null : List.copyOf(parsed));
    }

    /** Step 2 of NodeShouldRunDaemonPod: the nodeSelector is a subset of the node's labels. */
    public boolean nodeSelectorMatches(Map<String, String> nodeLabels) {
        for (Map.Entry<String, String> e : nodeSelector.entrySet()) {
            if (!e.getValue().equals(nodeLabels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Step 3: true without a required affinity, else whether some parsable term matches. */
    public boolean affinityMatches(ClusterNode node) {
        if (terms == null) {
            return true;
        }
        for (Optional<NodeSelectorTermMatcher> term : terms) {
            if (term.isPresent() && term.get().matches(node)) {
                return true;
            }
        }
        return false;
    }

    /** Both steps, as NA RequiredNodeAffinity.Match. */
    public boolean matches(ClusterNode node) {
        return nodeSelectorMatches(node.labels()) && affinityMatches(node);
    }

    public Map<String, String> nodeSelectorEntries() {
        return nodeSelector;
    }

    public boolean hasAffinity() {
        return terms != null;
    }

    /** Per term whether it matches; empty for a term that fails to parse or is empty (it matches nothing). */
    public List<Optional<Boolean>> termResults(ClusterNode node) {
        if (terms == null) {
            return List.of();
        }
        List<Optional<Boolean>> out = new ArrayList<>();
        for (Optional<NodeSelectorTermMatcher> term : terms) {
            out.add(term.map(t -> t.matches(node)));
        }
        return out;
    }

    /** The node label keys the decision reads: nodes that agree on them get the same answer. */
    public Set<String> labelKeys() {
        return labelKeys;
    }

    /** Whether a term compares node fields (matchFields metadata.name), so the node name matters. */
    public boolean readsNodeName() {
        return readsNodeName;
    }
}
