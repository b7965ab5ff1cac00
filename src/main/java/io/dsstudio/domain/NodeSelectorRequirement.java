package io.dsstudio.domain;

import java.util.List;

/** One matchExpressions or matchFields entry of a node selector term. */
public record NodeSelectorRequirement(String key, String operator, List<String> values) {
    public NodeSelectorRequirement {
        key = key == null ? "" : key;
        operator = operator == null ? "" : operator;
        values = values == null ? List.of() : List.copyOf(values);
    }

    @Override
    public String toString() {
        return switch (operator) {
            case "Exists" -> key + " Exists";
            case "DoesNotExist" -> key + " DoesNotExist";
            default -> key + " " + operator + " [" + String.join(", ", values) + "]";
        };
    }
}
