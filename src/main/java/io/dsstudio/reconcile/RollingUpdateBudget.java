package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.UpdateStrategy;

import java.util.Optional;

/**
 * DU SurgeCount / UnavailableCount and UP updatedDesiredNodeCounts: maxSurge and maxUnavailable scaled
 * against the desired count, percentages rounded up (unlike Deployments). Empty for a value upstream
 * cannot scale (then it returns an error and the sync does no rolling update).
 */
final class RollingUpdateBudget {
    private RollingUpdateBudget() {
    }

    record Budget(int maxSurge, int maxUnavailable) {
    }

    static Optional<Budget> of(DaemonSet ds, int desired) {
        Optional<Integer> surge = surgeCount(ds, desired);
        Optional<Integer> unavailable = unavailableCount(ds, desired);
        if (surge.isEmpty() || unavailable.isEmpty()) {
            return Optional.empty();
        }
        int maxUnavailable = unavailable.get();
        if (desired > 0 && maxUnavailable == 0 && surge.get() == 0) {
            maxUnavailable = 1;     // impossible after validation; upstream falls back to 1
        }
        return Optional.of(new Budget(surge.get(), maxUnavailable));
    }

    static Optional<Integer> surgeCount(DaemonSet ds, int desired) {
        UpdateStrategy s = ds.updateStrategy();
        if (s == null || !s.isRollingUpdate() || s.maxSurge() == null) {
            return Optional.of(0);
        }
        return scaled(s.maxSurge(), desired);
    }

    static Optional<Integer> unavailableCount(DaemonSet ds, int desired) {
        UpdateStrategy s = ds.updateStrategy();
        if (s == null || !s.isRollingUpdate()) {
            return Optional.of(0);
        }
        return s.maxUnavailable() == null ? Optional.empty() : scaled(s.maxUnavailable(), desired);
    }

    /** intstr.GetScaledValueFromIntOrPercent(value, total, roundUp=true). */
    static Optional<Integer> scaled(IntOrString value, int total) {
        if (value.isInt()) {
            return Optional.of(value.intValue());
        }
        String text = value.stringValue();
        if (text == null || !text.endsWith("%")) {
            return Optional.empty();
        }
        Optional<Long> percent = LabelRequirement.parseInt64(text.substring(0, text.length() - 1));
        if (percent.isEmpty() || Math.abs(percent.get()) > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of((int) Math.ceil(percent.get() * (double) total / 100.0));
    }
}
