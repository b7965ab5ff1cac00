package io.dsstudio.ui.overview;

import io.dsstudio.domain.DaemonSet;
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
 * plan arrives; it reads the plan's counts, so it costs one pass over the nodes even at 10,000. The snapshot's
 * cross-object warnings need no plan: they are computed as soon as the snapshot is there, on a runner of their own,
 * beside planning. A plan that arrives before them is shown at once, with the warnings known so far and a note that
 * the snapshot is still being checked; the summary is made again when they arrive.
 */
public final class OverviewViewModel {
    private final StudioState state;
    private final TaskRunner runner;
    private final TaskRunner checks;
    private final OverviewCalculator calculator = new OverviewCalculator();
    private final ObjectProperty<OverviewSummary> summary = new SimpleObjectProperty<>(OverviewSummary.EMPTY);
    /** The keys of the snapshot's DaemonSets, known before its plan: the view makes their cards meanwhile. */
    private final ObjectProperty<List<String>> daemonSetKeys = new SimpleObjectProperty<>(List.of());
    private final javafx.beans.property.BooleanProperty active = new javafx.beans.property.SimpleBooleanProperty(true);
    private Plan summarized;
    /** The snapshot the summary on screen (or being made) is of, and whether it waits for that snapshot's warnings. */
    private Snapshot summarizedSnapshot;
    private boolean summaryPending;
    /** The snapshot whose cross-object warnings are being computed, and the last one whose warnings are known. */
    private Snapshot checking;
    private Snapshot checked;
    private List<Diagnostic> checkedWarnings;
    private OverviewNavigator navigator;

    public OverviewViewModel(StudioState state) {
        this.state = state;
        this.runner = state.tasks().sibling();
        this.checks = state.tasks().sibling();
        // an invalidation listener: a change listener would compare the old and the new snapshot in full first
        state.snapshotProperty().addListener((javafx.beans.Observable o) -> {
            check(state.snapshotProperty().get());
            followKeys();
        });
        state.planProperty().addListener((obs, old, plan) -> recompute(plan));
        active.addListener((obs, was, now) -> {
            check(state.snapshotProperty().get());
            followKeys();
            recompute(state.planProperty().get());
        });
    }

    /** Starts computing the snapshot's cross-object warnings unless they are known or on their way. */
    private void check(Snapshot snapshot) {
        if (!active.get() || snapshot == null || snapshot == checked || snapshot == checking) {
            return;
        }
        checking = snapshot;
        checks.run("task.overviewWarnings", p -> calculator.snapshotWarnings(snapshot), found -> {
            checking = null;
            checked = snapshot;
            checkedWarnings = found;
            if (summaryPending && summarizedSnapshot == snapshot) {
                Plan plan = state.planProperty().get();
                summarized = null; // the same plan again, now with every warning
                recompute(plan);
            }
        }, failed -> {
            checking = null;
            state.errorProperty().set(String.valueOf(failed.getMessage()));
        });
    }

    /** The shown overview's cards are made as soon as its snapshot is there (a hidden one makes none). */
    private void followKeys() {
        Snapshot snapshot = state.snapshotProperty().get();
        if (active.get()) {
            // in the plan's order (cards made in another order would be made again); the view's change listener
            // compares the keys (40 strings), not the snapshots
            daemonSetKeys.set(snapshot == null ? List.of() : snapshot.daemonSets().stream().sorted(io.dsstudio.reconcile.Planner.DS_ORDER).map(DaemonSet::key).toList());
        }
    }

    /** Only a shown overview follows the plan (a step of a rollout re-plans; nobody waits for a hidden summary). */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return active;
    }

    private void recompute(Plan plan) {
        if (plan == null) {
            summarized = null;
            summaryPending = false;
            summary.set(OverviewSummary.EMPTY);
            return;
        }
        if (!active.get() || plan == summarized) {
            return;
        }
        summarized = plan;
        Snapshot snapshot = state.snapshotProperty().get();
        List<Diagnostic> read = state.workspace().loaded() == null ? List.of() : state.workspace().loaded().diagnostics();
        check(snapshot);
        List<Diagnostic> known = snapshot == checked ? checkedWarnings : null;
        summarizedSnapshot = snapshot;
        summaryPending = known == null;
        runner.run("task.overview", p -> calculator.summarize(snapshot, plan, read, known), summary::set,
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

    public javafx.beans.property.ReadOnlyObjectProperty<List<String>> daemonSetKeysProperty() {
        return daemonSetKeys;
    }

    public ObjectProperty<OverviewSummary> summaryProperty() {
        return summary;
    }

    /** True while a summary is being computed. */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return runner.runningProperty();
    }

    /** True while the snapshot's cross-object warnings are being computed. */
    public javafx.beans.property.ReadOnlyBooleanProperty checkingProperty() {
        return checks.runningProperty();
    }
}
