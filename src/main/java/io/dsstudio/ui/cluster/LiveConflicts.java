package io.dsstudio.ui.cluster;

import io.dsstudio.domain.ObjectRef;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The pending DaemonSet changes the cluster changed under, held until the user rebases or discards them. */
final class LiveConflicts {
    private final ObservableList<PendingSpecEdits.Conflict> shown = FXCollections.observableArrayList();
    private PendingSpecEdits held = PendingSpecEdits.NONE;

    void hold(PendingSpecEdits pending, List<PendingSpecEdits.Conflict> clash) {
        held = pending;
        shown.setAll(clash);
    }

    boolean isEmpty() {
        return shown.isEmpty();
    }

    void clear() {
        shown.clear();
        held = PendingSpecEdits.NONE;
    }

    /** Every held change: rebased, they replace what changed in the cluster. */
    PendingSpecEdits all() {
        return held;
    }

    /** The held changes of the DaemonSets the cluster did not change. */
    PendingSpecEdits withoutConflicting() {
        Set<ObjectRef> clashing = shown.stream().map(c -> c.edit().ref()).collect(Collectors.toSet());
        return held.without(e -> clashing.contains(e.ref()));
    }

    ObservableList<PendingSpecEdits.Conflict> shown() {
        return shown;
    }
}
