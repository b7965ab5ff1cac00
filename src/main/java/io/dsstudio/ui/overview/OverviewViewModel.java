package io.dsstudio.ui.overview;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/**
 * The overview's summary, re-made off the FX thread (its own runner, so it never cancels planning) whenever a new
 * plan arrives; it reads the plan's counts, so it costs one pass over the nodes even at 10,000.
 */
public final class OverviewViewModel {
    private final StudioState state;
    private final TaskRunner runner;
    private final OverviewCalculator calculator = new OverviewCalculator();
    private final ObjectProperty<OverviewSummary> summary = new SimpleObjectProperty<>(OverviewSummary.EMPTY);
    private final javafx.beans.property.BooleanProperty active = new javafx.beans.property.SimpleBooleanProperty(true);
    private Plan summarized;
    private OverviewNavigator navigator;

    public OverviewViewModel(StudioState state) {
        this.state = state;
        this.runner = state.tasks().sibling();
        state.planProperty().addListener((obs, old, plan) -> recompute(plan));
        active.addListener((obs, was, now) -> recompute(state.planProperty().get()));
    }

    /** Only a shown overview follows the plan (a step of a rollout re-plans; nobody waits for a hidden summary). */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return active;
    }

    private void recompute(Plan plan) {
        if (plan == null) {
            summarized = null;
            summary.set(OverviewSummary.EMPTY);
            return;
        }
        if (!active.get() || plan == summarized) {
            return;
        }
        summarized = plan;
        Snapshot snapshot = state.snapshotProperty().get();
        List<Diagnostic> read = state.workspace().loaded() == null ? List.of() : state.workspace().loaded().diagnostics();
        runner.run("task.overview", p -> calculator.summarize(snapshot, plan, read), summary::set,
                failed -> state.errorProperty().set(String.valueOf(failed.getMessage())));
    }

    public void navigateWith(OverviewNavigator to) {
        this.navigator = to;
    }

    public void showDaemonSet(String key, boolean onlyNotRunning) {
        if (navigator != null && key != null) {
            navigator.showDaemonSet(key, onlyNotRunning);
        }
    }

    public void showNodes(List<String> nodes) {
        if (navigator != null) {
            navigator.showNodes(nodes);
        }
    }

    public ObjectProperty<OverviewSummary> summaryProperty() {
        return summary;
    }

    /** True while a summary is being computed. */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return runner.runningProperty();
    }
}
