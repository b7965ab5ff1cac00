package io.dsstudio.reconcile;

import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.Pod;

import java.util.Map;

/**
 * A DaemonSet's pod selector prepared for matching many pods: matchLabels as parallel arrays, the rest
 * through {@link LabelSelector#matches}. A nil selector selects nothing (metav1.LabelSelectorAsSelector).
 */
final class SelectorMatcher {
    private final LabelSelector selector;
    private final String[] keys;
    private final String[] values;

    SelectorMatcher(LabelSelector selector) {
        this.selector = selector;
        int n = selector == null ? 0 : selector.matchLabels().size();
        this.keys = new String[n];
        this.values = new String[n];
        if (selector != null) {
            int i = 0;
            for (Map.Entry<String, String> e : selector.matchLabels().entrySet()) {
                keys[i] = e.getKey();
                values[i++] = e.getValue();
            }
        }
    }

    /** {@code matches(pod.labels())}, with the matchLabels read through {@link Pod#label}. */
    boolean matches(Pod pod) {
        if (selector == null) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            if (!values[i].equals(pod.label(keys[i]))) {
                return false;
            }
        }
        return selector.matchExpressions().isEmpty() || selector.matches(pod.labels());
    }

    boolean matches(Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            if (!values[i].equals(labels.get(keys[i]))) {
                return false;
            }
        }
        return selector.matchExpressions().isEmpty() || selector.matches(labels);
    }
}
