package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;

import java.util.List;

/**
 * Rule 6b (core ValidateNodeSelector / ValidateNodeSelectorRequirement / ValidateNodeFieldSelectorRequirement)
 * for the required node affinity. Gt/Lt need exactly one value, which upstream does not check for being an integer.
 */
final class NodeAffinityRule implements DaemonSetRule {
    static final String CODE = "InvalidNodeAffinity";
    static final String TERMS = "spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms";

    @Override
    public void check(DaemonSet ds, Problems out) {
        NodeAffinity affinity = ds.template().spec().affinity();
        if (affinity == null || !affinity.hasRequired()) {
            return;
        }
        List<NodeSelectorTerm> terms = affinity.requiredTerms();
        if (terms.isEmpty()) {
            out.required(CODE, TERMS, "must have at least one node selector term");
            return;
        }
        for (int i = 0; i < terms.size(); i++) {
            String tp = TERMS + "[" + i + "]";
            List<NodeSelectorRequirement> expressions = terms.get(i).matchExpressions();
            for (int j = 0; j < expressions.size(); j++) {
                labelRequirement(expressions.get(j), tp + ".matchExpressions[" + j + "]", out);
            }
            List<NodeSelectorRequirement> fields = terms.get(i).matchFields();
            for (int j = 0; j < fields.size(); j++) {
                fieldRequirement(fields.get(j), tp + ".matchFields[" + j + "]", out);
            }
        }
    }

    static void labelRequirement(NodeSelectorRequirement r, String p, Problems out) {
        switch (r.operator()) {
            case "In", "NotIn" -> {
                if (r.values().isEmpty()) {
                    out.required(CODE, p + ".values", "must be specified when `operator` is 'In' or 'NotIn'");
                }
            }
            case "Exists", "DoesNotExist" -> {
                if (!r.values().isEmpty()) {
                    out.forbidden(CODE, p + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                }
            }
            case "Gt", "Lt" -> {
                if (r.values().size() != 1) {
                    out.required(CODE, p + ".values", "must be specified single value when `operator` is 'Lt' or 'Gt'");
                }
            }
            default -> out.invalid(CODE, p + ".operator", r.operator(), "not a valid selector operator");
        }
        LabelChecks.labelName(r.key(), p + ".key", CODE, out);
    }

    static void fieldRequirement(NodeSelectorRequirement r, String p, Problems out) {
        switch (r.operator()) {
            case "In", "NotIn" -> {
                if (r.values().size() != 1) {
                    out.required(CODE, p + ".values", "must be only one value when `operator` is 'In' or 'NotIn' for node field selector");
                }
            }
            default -> out.invalid(CODE, p + ".operator", r.operator(), "not a valid selector operator");
        }
        if (!"metadata.name".equals(r.key())) {
            out.invalid(CODE, p + ".key", r.key(), "not a valid field selector key");
            return;
        }
        for (int k = 0; k < r.values().size(); k++) {
            String value = r.values().get(k);
            String vp = p + ".values[" + k + "]";
            LabelSyntax.dns1123Subdomain(value).forEach(m -> out.invalid(CODE, vp, value, m));
        }
    }
}
