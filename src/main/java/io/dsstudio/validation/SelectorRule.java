package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.LabelSelectorRequirement;

/** Rules 6 and 8: selector syntax (ValidateLabelSelector) and the DaemonSet ban on the empty selector. */
final class SelectorRule implements DaemonSetRule {
    static final String CODE = "InvalidSelector";

    @Override
    public void check(DaemonSet ds, Problems out) {
        LabelSelector selector = ds.selector();
        if (selector == null) {
            return;
        }
        LabelChecks.labels(selector.matchLabels(), "spec.selector.matchLabels", CODE, out);
        for (int i = 0; i < selector.matchExpressions().size(); i++) {
            requirement(selector.matchExpressions().get(i), "spec.selector.matchExpressions[" + i + "]", out);
        }
        if (selector.isEmpty()) {
            out.invalid(CODE, "spec.selector", new GoValues.Raw("{}"), "empty selector is invalid for daemonset");
        }
    }

    private static void requirement(LabelSelectorRequirement r, String path, Problems out) {
        switch (r.operator()) {
            case "In", "NotIn" -> {
                if (r.values().isEmpty()) {
                    out.required(CODE, path + ".values", "must be specified when `operator` is 'In' or 'NotIn'");
                }
            }
            case "Exists", "DoesNotExist" -> {
                if (!r.values().isEmpty()) {
                    out.forbidden(CODE, path + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                }
            }
            default -> out.invalid(CODE, path + ".operator", r.operator(), "not a valid selector operator");
        }
        LabelChecks.labelName(r.key(), path + ".key", CODE, out);
        for (int j = 0; j < r.values().size(); j++) {
            String value = r.values().get(j);
            String valuePath = path + ".values[" + j + "]";
            LabelSyntax.labelValue(value).forEach(m -> out.invalid(CODE, valuePath, value, m));
        }
    }
}
