package io.dsstudio.domain;

import java.util.List;

/** A nodeSelectorTerm: its matchExpressions (on labels) and matchFields (on fields) are ANDed. */
public record NodeSelectorTerm(List<NodeSelectorRequirement> matchExpressions, List<NodeSelectorRequirement> matchFields) {
    public NodeSelectorTerm {
        matchExpressions = matchExpressions == null ? List.of() : List.copyOf(matchExpressions);
        matchFields = matchFields == null ? List.of() : List.copyOf(matchFields);
    }
}
