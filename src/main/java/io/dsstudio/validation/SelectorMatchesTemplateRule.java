package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.LabelSelectorRequirement;

import java.util.Map;

/**
 * Rule 7: the template labels must satisfy the selector. Checked only when the selector converts
 * (metav1.LabelSelectorAsSelector); a missing selector selects nothing, so it fails here, reported on
 * {@code spec.template.metadata.labels} as the API server does.
 */
final class SelectorMatchesTemplateRule implements DaemonSetRule {
    static final String CODE = "SelectorMismatch";

    @Override
    public void check(DaemonSet ds, Problems out) {
        LabelSelector selector = ds.selector();
        if (selector != null && !converts(selector)) {
            return;
        }
        Map<String, String> labels = ds.template().labels();
        if (selector == null || !selector.matches(labels)) {
            out.invalid(CODE, "spec.template.metadata.labels", labels, "`selector` does not match template `labels`");
        }
    }

    /** Whether LabelSelectorAsSelector would succeed: known operators, right value counts, valid keys and values. */
    static boolean converts(LabelSelector selector) {
        for (Map.Entry<String, String> e : selector.matchLabels().entrySet()) {
            if (!LabelSyntax.qualifiedName(e.getKey()).isEmpty() || !LabelSyntax.labelValue(e.getValue()).isEmpty()) {
                return false;
            }
        }
        for (LabelSelectorRequirement r : selector.matchExpressions()) {
            boolean countOk = switch (r.operator()) {
                case "In", "NotIn" -> !r.values().isEmpty();
                case "Exists", "DoesNotExist" -> r.values().isEmpty();
                default -> false;
            };
            if (!countOk || !LabelSyntax.qualifiedName(r.key()).isEmpty()
                    || r.values().stream().anyMatch(v -> !LabelSyntax.labelValue(v).isEmpty())) {
                return false;
            }
        }
        return true;
    }
}
