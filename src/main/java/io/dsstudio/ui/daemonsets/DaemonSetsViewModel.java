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

    public DaemonSetsViewModel(StudioState state, Clock clock, Messages messages) {
        this.state = state;
        this.clock = clock;
        this.reasonText = new ReasonText(messages);
        state.planProperty().addListener((obs, old, now) -> rebuild());
        state.selectedDaemonSetProperty().addListener((obs, old, now) -> rebuildPlacement());
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
        rows.setAll(DaemonSetRows.rows(snapshot, plan, clock.instant()));
        rebuildPlacement();
    }

    private void rebuildPlacement() {
        Plan plan = state.planProperty().get();
        String key = state.selectedDaemonSetProperty().get();
        if (plan == null || key == null) {
            placement.clear();
            return;
        }
        placement.setAll(DaemonSetRows.placement(state.snapshotProperty().get(), state.podIndex(), plan, key, reasonText));
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
        return placement.stream().filter(r -> r.node().equals(node)).findFirst();
    }

    public ObservableList<DaemonSetRow> rows() {
        return rows;
    }

    public ObservableList<PlacementRow> placement() {
        return placement;
    }

    public StringProperty selectedDaemonSetProperty() {
        return state.selectedDaemonSetProperty();
    }
}
