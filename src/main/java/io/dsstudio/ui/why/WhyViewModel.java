package io.dsstudio.ui.why;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.ChecklistRow;
import io.dsstudio.reconcile.PlacementChecklist;
import io.dsstudio.reconcile.QuickFix;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.LabelEdit;
import io.dsstudio.workspace.NodeEdit;
import io.dsstudio.workspace.TaintEdit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The "why" panel of one (node, DaemonSet) pair: the placement checklist {@code explain} prints, re-made when the
 * snapshot changes, and its quick fixes staged as edits (node edits as the Labels view stages them, a toleration
 * as the editor previews it). One pair costs one evaluation, a few microseconds even on a large snapshot.
 */
public final class WhyViewModel {
    /** One quick fix of a row of the checklist. */
    public record Fix(ChecklistRow row, QuickFix fix) {
    }

    private final StudioState state;
    private final DaemonSetFixes daemonSetFixes;
    private final StringProperty node = new SimpleStringProperty("");
    private final StringProperty daemonSet = new SimpleStringProperty("");
    private final ObjectProperty<PlacementChecklist> checklist = new SimpleObjectProperty<>();
    private final ObservableList<ChecklistRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Fix> fixes = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    /** The node and DaemonSet objects the checklist was made of. */
    private ClusterNode checkedNode;
    private DaemonSet checkedDaemonSet;

    public WhyViewModel(StudioState state, DaemonSetFixes daemonSetFixes) {
        this.state = state;
        this.daemonSetFixes = daemonSetFixes;
        state.snapshotProperty().addListener((obs, old, now) -> refresh());
        node.addListener((obs, old, now) -> refresh());
        daemonSet.addListener((obs, old, now) -> refresh());
    }

    /** Shows the pair; an unknown node or DaemonSet shows why in {@link #problemProperty()}. */
    public void show(String nodeName, String daemonSetKey) {
        node.set(nodeName == null ? "" : nodeName);
        daemonSet.set(daemonSetKey == null ? "" : daemonSetKey);
        refresh();
    }

    /** The DaemonSet the views have selected, else the first of the snapshot (the panel may switch it). */
    public String defaultDaemonSet() {
        String selected = state.selectedDaemonSetProperty().get();
        if (selected != null && !selected.isEmpty()) {
            return selected;
        }
        List<DaemonSet> all = state.snapshotProperty().get().daemonSets();
        return all.isEmpty() ? "" : all.get(0).key();
    }

    /** The node the views have selected (the first of several), or "". */
    public String defaultNode() {
        return state.selectedNodes().isEmpty() ? "" : state.selectedNodes().get(0);
    }

    public List<String> daemonSetKeys() {
        return state.snapshotProperty().get().daemonSets().stream().map(DaemonSet::key).toList();
    }

    private void refresh() {
        Snapshot snapshot = state.snapshotProperty().get();
        Optional<ClusterNode> n = snapshot.nodes().stream().filter(x -> x.name().equals(node.get())).findFirst();
        Optional<DaemonSet> ds = daemonSet(snapshot);
        if (n.isEmpty() || ds.isEmpty()) {
            checkedNode = null;
            checkedDaemonSet = null;
            checklist.set(null);
            rows.clear();
            fixes.clear();
            problem.set(n.isEmpty() ? "why.noNode" : "why.noDaemonSet");
            return;
        }
        if (n.get() == checkedNode && ds.get() == checkedDaemonSet && checklist.get() != null) {
            return; // the same objects: the same checklist and fixes (the panel keeps its rows and buttons)
        }
        checkedNode = n.get();
        checkedDaemonSet = ds.get();
        PlacementChecklist made = PlacementChecklist.of(n.get(), ds.get());
        problem.set("");
        checklist.set(made);
        rows.setAll(made.rows());
        List<Fix> offered = new ArrayList<>();
        for (ChecklistRow row : made.rows()) {
            row.fixes().forEach(f -> offered.add(new Fix(row, f)));
        }
        fixes.setAll(offered);
    }

    private Optional<DaemonSet> daemonSet(Snapshot snapshot) {
        return snapshot.daemonSets().stream().filter(d -> d.key().equals(daemonSet.get())).findFirst();
    }

    /**
     * Stages the fix: a node label or taint edit becomes the staged edit (Commit/Discard as any other); a toleration
     * opens the DaemonSet in an editor tab with the toleration added and previews it. Returns whether it was staged.
     */
    public boolean stage(QuickFix fix) {
        if (fix instanceof QuickFix.TolerateTaint tolerate) {
            return daemonSet(state.snapshotProperty().get()).map(ds -> daemonSetFixes.tolerate(ds, tolerate.taint())).orElse(false);
        }
        state.stage(nodeEdit(fix, node.get()));
        return true;
    }

    /** The node edit of a label or taint fix. */
    static NodeEdit nodeEdit(QuickFix fix, String nodeName) {
        if (fix instanceof QuickFix.AddNodeLabel add) {
            return LabelEdit.set(Set.of(nodeName), add.key(), add.value());
        }
        if (fix instanceof QuickFix.RemoveNodeTaint remove) {
            return TaintEdit.remove(Set.of(nodeName), remove.taint().key(), remove.taint().effect());
        }
        throw new IllegalArgumentException("not a node edit: " + fix);
    }

    public StudioState state() {
        return state;
    }

    public StringProperty nodeProperty() {
        return node;
    }

    public StringProperty daemonSetProperty() {
        return daemonSet;
    }

    public ObjectProperty<PlacementChecklist> checklistProperty() {
        return checklist;
    }

    public ObservableList<ChecklistRow> rows() {
        return rows;
    }

    public ObservableList<Fix> fixes() {
        return fixes;
    }

    /** A message key when the pair cannot be shown, else "". */
    public StringProperty problemProperty() {
        return problem;
    }
}
