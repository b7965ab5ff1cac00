package io.dsstudio.ui.rollout;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.simulation.RolloutForecast;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Pulses;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.workspace.EmbeddedController;
import io.dsstudio.workspace.StagedForecast;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.List;

/**
 * The rollout dock under the map: Step, Run to end (sync by sync, stoppable, one undo step) and Stop through the
 * embedded controller; the progress (updated/desired), the chart series and a summary per sync of the DaemonSet the
 * map shows; and, before and between steps, that DaemonSet's rollout forecast with the nodes that will block it.
 */
public final class RolloutDockViewModel {
    private final StudioState state;
    private final EmbeddedController controller;
    private final Messages messages;
    private final Clock clock;
    private final TaskRunner checks;
    private final TaskRunner forecasts;
    private final SyncChains chains = new SyncChains();
    private final RolloutHistory history = new RolloutHistory();
    private final ForecastText forecastText;
    private final RolloutRun run;
    private final StringProperty daemonSet = new SimpleStringProperty();
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final BooleanProperty expanded = new SimpleBooleanProperty(true);
    private final ObservableList<SyncPoint> series = FXCollections.observableArrayList();
    private final ObservableList<String> summaries = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canStep = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper forecastHeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper forecastBlocked = new ReadOnlyStringWrapper("");
    private final ObservableList<String> unblock = FXCollections.observableArrayList();
    private final ObservableList<String> blockers = FXCollections.observableArrayList();
    private List<RolloutForecast.DaemonSetForecast> forecast;
    private Snapshot forecastOf;
    private Snapshot analysedOf;
    private boolean followPending;
    private int follows;

    public RolloutDockViewModel(StudioState state, EmbeddedController controller, TaskRunner runner, Messages messages, Clock clock) {
        this.state = state;
        this.controller = controller;
        this.messages = messages;
        this.clock = clock;
        this.checks = runner.sibling();
        this.forecasts = runner.sibling();
        this.forecastText = new ForecastText(messages);
        controller.onSync(chains);
        this.run = new RolloutRun(state, controller, messages, canStep, message, this::analyse);
        state.snapshotProperty().addListener((obs, old, now) -> snapshotShown(now));
        state.planProperty().addListener(o -> {
            if (state.planProperty().get() != null) {
                updateProgress();
            }
        });
        state.stagedForecastProperty().addListener(o -> showForecast());
        daemonSet.addListener(o -> {
            showBlockers();
            followLater();
        });
        for (BooleanProperty shown : List.of(active, expanded)) {
            shown.addListener((obs, was, now) -> {
                if (now) {
                    analyse();
                }
            });
        }
        snapshotShown(state.snapshotProperty().get());
    }

    /**
     * Another DaemonSet picked on the map: the dock follows it once the map's frame is on screen (its syncs, progress
     * and forecast in words cost about as much as the map's recolour, and the user looks at the map first). Off the FX
     * thread (tests), at once.
     */
    private void followLater() {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            follow();
            return;
        }
        if (!followPending) {
            followPending = true;
            Pulses.inPulse(2, () -> javafx.application.Platform.runLater(this::follow));
        }
    }

    private void follow() {
        followPending = false;
        follows++;
        showSyncs();
        updateProgress();
        showForecast();
    }

    /** How many times the dock followed a new DaemonSet: tests count that picks within one frame cost one. */
    int follows() {
        return follows;
    }

    private void snapshotShown(Snapshot now) {
        if (history.show(now, chains.take(now)) || series.isEmpty() != (history.size() == 0)) {
            showSyncs();
        }
        if (run.isRunning()) {
            stopForecast();
            showForecast();
            return;
        }
        analyse();
    }

    /** A forecast of a snapshot no longer shown is of no use (its result would be dropped): it stops. */
    private void stopForecast() {
        forecasts.cancel();
        analysedOf = null;
    }

    /** Whether more syncs would change anything, and the forecast: in the background, once per snapshot shown. */
    private void analyse() {
        Snapshot shown = state.snapshotProperty().get();
        if (shown == analysedOf) {
            return;
        }
        if (!active.get() || !expanded.get() || run.isRunning()) {
            stopForecast();
            return;
        }
        analysedOf = shown;
        checks.run("task.rolloutCheck", p -> controller.converged(shown), converged -> {
            if (state.snapshotProperty().get() == shown) {
                canStep.set(!converged);
            }
        }, failed -> message.set(messages.get("rollout.message.failed", String.valueOf(failed.getMessage()))));
        forecastHeadline.set(messages.get("rollout.forecast.computing"));
        forecastBlocked.set("");
        unblock.clear();
        forecast(shown);
    }

    /**
     * The forecast of the snapshot shown, in the background. A snapshot shown meanwhile supersedes it: the runner
     * cancels the running forecast, which stops at its next simulated sync instead of holding a core for a result
     * nobody will see; so does closing the snapshot.
     */
    private void forecast(Snapshot shown) {
        if (shown == null) {
            forecasts.cancel();
            return;
        }
        forecasts.run("task.rolloutForecast", p -> RolloutForecast.of(shown, clock.instant(), null), result -> {
            if (state.snapshotProperty().get() == shown) {
                forecast = result;
                forecastOf = shown;
                showForecast();
            }
        }, failed -> forecastHeadline.set(messages.get("rollout.message.failed", String.valueOf(failed.getMessage()))));
    }

    private void showForecast() {
        String key = daemonSet.get();
        if (key == null) {
            forecastHeadline.set(messages.get("rollout.forecast.noDaemonSet"));
            forecastBlocked.set("");
            unblock.clear();
            blockers.clear();
            return;
        }
        StagedForecast staged = state.stagedForecastProperty().get();
        RolloutForecast.DaemonSetForecast f;
        ForecastText.Lines lines;
        if (showsStaged(staged, key)) {
            // the editor previews a change of this DaemonSet: its rollout, before it is applied
            f = staged.forecast();
            lines = forecastText.of(f, staged.snapshot());
            forecastHeadline.set(messages.get("rollout.forecast.staged", lines.headline()));
        } else {
            if (forecast == null || forecastOf == null) {
                return;
            }
            f = forecastOf(key);
            lines = forecastText.of(f, forecastOf);
            boolean old = forecastOf != state.snapshotProperty().get();
            forecastHeadline.set(old ? messages.get("rollout.forecast.beforeRun", lines.headline()) : lines.headline());
        }
        forecastBlocked.set(lines.blocked());
        unblock.setAll(lines.unblock());
        setBlockers(f);
    }

    private boolean showsStaged(StagedForecast staged, String key) {
        return staged != null && staged.key().equals(key) && !run.isRunning();
    }

    private RolloutForecast.DaemonSetForecast forecastOf(String key) {
        return forecast.stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * The nodes that block the picked DaemonSet's rollout, for the map's frame that shows its colours (the words
     * follow a frame later): a cheap look-up in the forecast already made.
     */
    private void showBlockers() {
        String key = daemonSet.get();
        StagedForecast staged = state.stagedForecastProperty().get();
        if (key == null) {
            blockers.clear();
        } else if (showsStaged(staged, key)) {
            setBlockers(staged.forecast());
        } else if (forecast != null && forecastOf != null) {
            setBlockers(forecastOf(key));
        }
    }

    private void setBlockers(RolloutForecast.DaemonSetForecast f) {
        List<String> blocking = f != null && f.blocked() ? f.stallingNodes() : List.of();
        if (!blocking.equals(blockers)) {
            blockers.setAll(blocking);
        }
    }

    private void showSyncs() {
        List<SyncPoint> points = history.series(daemonSet.get());
        series.setAll(points);
        summaries.setAll(points.stream().map(this::summary).toList());
        updateTitle();
    }

    String summary(SyncPoint point) {
        SyncCounts c = point.counts();
        return messages.get("rollout.sync", point.sync(), c.deleted(), c.created(), c.updated(), c.desired(), c.unavailable());
    }

    private void updateTitle() {
        String key = daemonSet.get();
        title.set(key == null ? messages.get("rollout.title.none")
                : history.size() == 0 ? messages.get("rollout.title", key) : messages.get("rollout.title.syncs", key, history.size()));
    }

    private void updateProgress() {
        Plan plan = state.planProperty().get();
        String key = daemonSet.get();
        DaemonSetPlan p = plan == null || key == null ? null
                : plan.daemonSets().stream().filter(d -> d.key().equals(key)).findFirst().orElse(null);
        if (p == null) {
            progress.set(0);
            progressText.set("");
            return;
        }
        int desired = p.status().desiredNumberScheduled();
        int updated = p.status().updatedNumberScheduled();
        progress.set(desired == 0 ? 0 : Math.min(1, (double) updated / desired));
        progressText.set(messages.get("rollout.progress", updated, desired));
    }

    /** One controller sync of the whole cluster, computed in the background. */
    public void step() {
        run.step();
    }

    /** Runs syncs one at a time, each shown before the next, until nothing is left or {@link #stop()}. */
    public void runToEnd() {
        run.runToEnd();
    }

    /** Stops a run: at once, or after the sync being computed is shown; its syncs become one undo step. */
    public void stop() {
        run.stop();
    }

    public StringProperty daemonSetProperty() {
        return daemonSet;
    }

    /** False while the dock is not on screen: the forecast waits until it is. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** False while the dock is collapsed: the forecast waits until it is expanded. */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    /** The followed DaemonSet's syncs in the rollout shown (numbered from 1). */
    public ObservableList<SyncPoint> series() {
        return series;
    }

    /** "sync 3: 2 deleted, 2 created; 6/19 updated", one per sync of {@link #series()}. */
    public ObservableList<String> summaries() {
        return summaries;
    }

    /** The followed DaemonSet's updated / desired pods now (0 to 1). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether another sync would change anything. */
    public ReadOnlyBooleanProperty canStepProperty() {
        return canStep.getReadOnlyProperty();
    }

    /** True while Run to end runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return run.runningProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return state.commands().runningProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Waves and estimated duration of the followed DaemonSet's rollout, or why there is none. */
    public ReadOnlyStringProperty forecastHeadlineProperty() {
        return forecastHeadline.getReadOnlyProperty();
    }

    /** Which nodes will block the rollout, or empty. */
    public ReadOnlyStringProperty forecastBlockedProperty() {
        return forecastBlocked.getReadOnlyProperty();
    }

    /** What would unblock it, one line each. */
    public ObservableList<String> unblock() {
        return unblock;
    }

    /** The nodes that will block the followed DaemonSet's rollout (the map marks them). */
    public ObservableList<String> blockers() {
        return blockers;
    }
}
