package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;

import java.util.List;

/**
 * Rule 11: a DaemonSet's pods must restart Always. An unknown policy fails pod validation first (both errors are
 * reported, as upstream does); Never and OnFailure pass pod validation and fail only the DaemonSet check.
 */
final class RestartPolicyRule implements DaemonSetRule {
    static final String CODE = "InvalidRestartPolicy";
    private static final String FIELD = "spec.template.spec.restartPolicy";

    @Override
    public void check(DaemonSet ds, Problems out) {
        String policy = ds.template().spec().restartPolicy();
        if (!List.of("Always", "OnFailure", "Never").contains(policy)) {
            out.notSupported(CODE, FIELD, policy, List.of("Always", "OnFailure", "Never"));
        }
        if (!"Always".equals(policy)) {
            out.notSupported(CODE, FIELD, policy, List.of("Always"));
        }
    }
}
