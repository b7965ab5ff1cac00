package io.dsstudio.ui.daemonsets;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.ReasonText;
import io.dsstudio.ui.common.StudioState;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.Optional;

/** The DaemonSets table and, for the selected one, the per-node placement matrix with reasons and hints. */
public final class DaemonSetsViewModel {
    private final StudioState state;
    private final Clock clock;
    private final ReasonText reasonText;
    private final ObservableList<DaemonSetRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PlacementRow> placement = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty onlyNotRunning = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.collections.transformation.FilteredList<PlacementRow> shownPlacement = new javafx.collections.transformation.FilteredList<>(placement);

    private final io.dsstudio.ui.common.WhileShown placementUpdates = new io.dsstudio.ui.common.WhileShown(this::fillPlacement);

    public DaemonSetsViewModel(StudioState state, Clock clock, Messages messages) {
        this.state = state;
        this.clock = clock;
        this.reasonText = new ReasonText(messages);
        state.planProperty().addListener((obs, old, now) -> rebuild());
        state.selectedDaemonSetProperty().addListener((obs, old, now) -> rebuildPlacement());
        shownPlacement.predicateProperty().bind(onlyNotRunning.map(only -> only ? (java.util.function.Predicate<PlacementRow>) DaemonSetsViewModel::notRunning : null));
        rebuild();
    }

    private void rebuild() {
        Plan plan = state.planProperty().get();
        Snapshot snapshot = state.snapshotProperty().get();
        if (plan == null) {
            rows.clear();
            placement.clear();
            return;
        }
        io.dsstudio.ui.common.RowUpdates.replaceChanged(rows, DaemonSetRows.rows(snapshot, plan, clock.instant()), DaemonSetRow::key);
        rebuildPlacement();
    }

    private void rebuildPlacement() {
        placementUpdates.request();
    }

    /** The matrix of one DaemonSet over every node: computed only while the DaemonSets view is shown. */
    private void fillPlacement() {
        Plan plan = state.planProperty().get();
        String key = state.selectedDaemonSetProperty().get();
        if (plan == null || key == null) {
            placement.clear();
            return;
        }
        io.dsstudio.ui.common.RowUpdates.replaceChanged(placement,
                DaemonSetRows.placement(state.snapshotProperty().get(), state.podIndex(), plan, key, reasonText), PlacementRow::node);
    }

    public void select(DaemonSetRow row) {
        state.selectedDaemonSetProperty().set(row == null ? null : row.key());
    }

    /** A matrix row was chosen: share the node selection with the other views. */
    public void selectNode(PlacementRow row) {
        if (row != null) {
            state.selectNodes(java.util.List.of(row.node()));
        }
    }

    public Optional<PlacementRow> placementOf(String node) {
        placementUpdates.catchUp();
        return placement.stream().filter(r -> r.node().equals(node)).findFirst();
    }

    /** No daemon pod runs on the node: one is still to be created, or the node is excluded. */
    static boolean notRunning(PlacementRow row) {
        return row.verdict() == PlacementVerdict.WILL_CREATE || row.verdict() == PlacementVerdict.EXCLUDED;
    }

    /** The placement rows the table shows: all, or with {@link #onlyNotRunningProperty()} the nodes without a pod. */
    public ObservableList<PlacementRow> shownPlacement() {
        placementUpdates.catchUp();
        return shownPlacement;
    }

    public javafx.beans.property.BooleanProperty onlyNotRunningProperty() {
        return onlyNotRunning;
    }

    public ObservableList<DaemonSetRow> rows() {
        return rows;
    }

    public ObservableList<PlacementRow> placement() {
        placementUpdates.catchUp();
        return placement;
    }

    /** True while the DaemonSets view is on screen (the default); while false the matrix waits until it is, or is read. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return placementUpdates.shownProperty();
    }

    public StringProperty selectedDaemonSetProperty() {
        return state.selectedDaemonSetProperty();
    }
}
