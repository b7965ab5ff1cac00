package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One parsed nodeSelectorTerm (NA newNodeSelectorTerm): its label requirements and field requirements are
 * ANDed. {@link #parse} is empty for a term upstream skips: a parse error, or neither expressions nor fields.
 */
record NodeSelectorTermMatcher(List<LabelRequirement> labels, List<FieldRequirement> fields) {

    /** A parsed matchFields entry: In or NotIn with exactly one value (NA nodeSelectorRequirementsAsFieldSelector). */
    record FieldRequirement(String key, boolean in, String value) {
        boolean matches(ClusterNode node) {
            String actual = "metadata.name".equals(key) ? nodeName(node) : "";
            return in == actual.equals(value);
        }
    }

    static Optional<NodeSelectorTermMatcher> parse(NodeSelectorTerm term) {
        if (term.matchExpressions().isEmpty() && term.matchFields().isEmpty()) {
            return Optional.empty();
        }
        List<LabelRequirement> labels = new ArrayList<>();
        for (NodeSelectorRequirement r : term.matchExpressions()) {
            Optional<LabelRequirement> parsed = LabelRequirement.parse(r);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            labels.add(parsed.get());
        }
        List<FieldRequirement> fields = new ArrayList<>();
        for (NodeSelectorRequirement r : term.matchFields()) {
            boolean known = "In".equals(r.operator()) || "NotIn".equals(r.operator());
            if (!known || r.values().size() != 1) {
                return Optional.empty();
            }
            fields.add(new FieldRequirement(r.key(), "In".equals(r.operator()), r.values().get(0)));
        }
        return Optional.of(new NodeSelectorTermMatcher(List.copyOf(labels), List.copyOf(fields)));
    }

    boolean matches(ClusterNode node) {
        for (LabelRequirement r : labels) {
            if (!r.matches(node.labels())) {
                return false;
            }
        }
        // NA nodeSelectorTerm.match: fields are only compared when the node has any (a name).
        if (!nodeName(node).isEmpty()) {
            for (FieldRequirement f : fields) {
                if (!f.matches(node)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String nodeName(ClusterNode node) {
        return node.name() == null ? "" : node.name();
    }
}
