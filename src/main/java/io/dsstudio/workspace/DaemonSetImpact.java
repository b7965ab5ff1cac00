package io.dsstudio.workspace;

import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.StatusCounts;

import java.util.List;

/**
 * What a staged edit does to one DaemonSet: the actions of the edited snapshot's sync that the current
 * snapshot's sync would not take, and the status of the current and of the edited snapshot's plan.
 */
public record DaemonSetImpact(String key, List<PlannedAction> actions, StatusCounts before, StatusCounts after) {
    public DaemonSetImpact {
        actions = List.copyOf(actions);
    }

    public boolean changes() {
        return !actions.isEmpty() || !before.equals(after);
    }
}
