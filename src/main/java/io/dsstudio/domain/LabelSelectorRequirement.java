package io.dsstudio.domain;

import java.util.List;

/** One matchExpressions entry of a metav1.LabelSelector. */
public record LabelSelectorRequirement(String key, String operator, List<String> values) {
    public LabelSelectorRequirement {
        key = key == null ? "" : key;
        operator = operator == null ? "" : operator;
        values = values == null ? List.of() : List.copyOf(values);
    }
}
