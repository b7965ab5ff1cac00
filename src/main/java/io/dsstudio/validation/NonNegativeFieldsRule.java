package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;

/** Rules 14, 15 and 22: minReadySeconds, templateGeneration and revisionHistoryLimit are ≥ 0 (0 is allowed). */
final class NonNegativeFieldsRule implements DaemonSetRule {
    static final String CODE = "NegativeValue";
    static final String MESSAGE = "must be greater than or equal to 0";

    @Override
    public void check(DaemonSet ds, Problems out) {
        if (ds.minReadySeconds() < 0) {
            out.invalid(CODE, "spec.minReadySeconds", ds.minReadySeconds(), MESSAGE);
        }
        if (ds.templateGeneration() != null && ds.templateGeneration() < 0) {
            out.invalid(CODE, "spec.templateGeneration", ds.templateGeneration(), MESSAGE);
        }
        if (ds.revisionHistoryLimit() != null && ds.revisionHistoryLimit() < 0) {
            out.invalid(CODE, "spec.revisionHistoryLimit", ds.revisionHistoryLimit(), MESSAGE);
        }
    }
}
