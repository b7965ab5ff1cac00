package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.Severity;
import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code NonIntegerGtLt}: a Gt/Lt node affinity value that is not a base-10 int64. The API server admits it
 * (semantics.md §3.1), but the term then fails to parse and matches no node.
 */
final class NonIntegerGtLtCheck implements SnapshotCheck {
    static final String CODE = "NonIntegerGtLt";

    @Override
    public List<Finding> check(Snapshot snapshot) {
        List<Finding> out = new ArrayList<>();
        for (DaemonSet ds : snapshot.daemonSets()) {
            NodeAffinity affinity = ds.template().spec().affinity();
            if (affinity == null || !affinity.hasRequired()) {
                continue;
            }
            List<NodeSelectorTerm> terms = affinity.requiredTerms();
            for (int i = 0; i < terms.size(); i++) {
                List<NodeSelectorRequirement> expressions = terms.get(i).matchExpressions();
                for (int j = 0; j < expressions.size(); j++) {
                    NodeSelectorRequirement r = expressions.get(j);
                    if (("Gt".equals(r.operator()) || "Lt".equals(r.operator())) && r.values().size() == 1 && !isInt64(r.values().get(0))) {
                        String field = NodeAffinityRule.TERMS + "[" + i + "].matchExpressions[" + j + "].values[0]";
                        String message = r.operator() + " value " + GoValues.quote(r.values().get(0))
                                + " is not an integer: the API server accepts it, but nodeSelectorTerms[" + i
                                + "] then fails to parse and matches no node";
                        out.add(new Finding(ds.ref(), new Diagnostic(Severity.WARNING, CODE, ds.ref().toString(), field, null, message, null)
                                .withText("diag.NonIntegerGtLt", r.operator(), GoValues.quote(r.values().get(0)), i)));
                    }
                }
            }
        }
        return out;
    }

    static boolean isInt64(String text) {
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
