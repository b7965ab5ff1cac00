package io.dsstudio.ui.labels;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.TaintEffect;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.CordonEdit;
import io.dsstudio.workspace.LabelEdit;
import io.dsstudio.workspace.NodeEdit;
import io.dsstudio.workspace.TaintEdit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Label and taint inventory, selecting nodes by a label or taint, and staging bulk edits on the selection. */
public final class LabelsViewModel {
    private static final Pattern KEY = Pattern.compile("([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

    private final StudioState state;
    private final ObservableList<LabelValueRow> labels = FXCollections.observableArrayList();
    private final ObservableList<TaintKeyRow> taints = FXCollections.observableArrayList();
    private final ObjectProperty<BulkOperation> operation = new SimpleObjectProperty<>(BulkOperation.OVERWRITE_LABEL);
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty effect = new SimpleStringProperty(TaintEffect.NO_SCHEDULE);
    /** A bundle key (with {@link #problemArgument}) saying why the edit cannot be staged; "" when it can. */
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty problemArgument = new SimpleStringProperty("");

    /** The inventory is a pass over every node's labels and taints: done only while the Labels view is shown. */
    private final io.dsstudio.ui.common.WhileShown updates = new io.dsstudio.ui.common.WhileShown(this::rebuild);

    public LabelsViewModel(StudioState state) {
        this.state = state;
        state.snapshotProperty().addListener((obs, old, now) -> updates.request());
        rebuild();
    }

    private void rebuild() {
        labels.setAll(LabelInventory.labels(state.snapshotProperty().get()));
        taints.setAll(LabelInventory.taints(state.snapshotProperty().get()));
    }

    public void selectNodesWithLabel(LabelValueRow row) {
        state.selectNodes(nodes().stream().filter(n -> row.isPerNodeUnique() ? n.labels().containsKey(row.key())
                        : row.value().equals(n.labels().get(row.key())))
                .map(ClusterNode::name).toList());
    }

    public void selectNodesWithTaint(TaintKeyRow row) {
        Taint wanted = Taint.of(row.key(), row.value(), row.effect());
        state.selectNodes(nodes().stream().filter(n -> n.taints().contains(wanted)).map(ClusterNode::name).toList());
    }

    /** Validates the form and stages the edit on the selected nodes (the what-if preview follows). */
    public boolean stage() {
        NodeEdit edit = buildEdit();
        if (edit == null) {
            return false;
        }
        state.stage(edit);
        return true;
    }

    NodeEdit buildEdit() {
        Set<String> selected = new LinkedHashSet<>(state.selectedNodes());
        BulkOperation op = operation.get();
        String k = key.get().trim();
        String v = value.get().trim();
        if (selected.isEmpty()) {
            return reject("labels.problem.noSelection", "");
        }
        if (op.needsKey() && !KEY.matcher(k).matches()) {
            return reject("labels.problem.badKey", k);
        }
        if (op.needsValue() && !VALUE.matcher(v).matches()) {
            return reject("labels.problem.badValue", v);
        }
        if (op == BulkOperation.ADD_LABEL) {
            String clash = nodes().stream().filter(n -> selected.contains(n.name()))
                    .filter(n -> n.labels().containsKey(k) && !n.labels().get(k).equals(v))
                    .map(ClusterNode::name).findFirst().orElse(null);
            if (clash != null) {
                return reject("labels.problem.exists", clash);
            }
        }
        problem.set("");
        problemArgument.set("");
        return switch (op) {
            case ADD_LABEL, OVERWRITE_LABEL -> LabelEdit.set(selected, k, v);
            case REMOVE_LABEL -> LabelEdit.remove(selected, k);
            case ADD_TAINT -> TaintEdit.add(selected, Taint.of(k, v, effect.get()));
            case REMOVE_TAINT -> TaintEdit.remove(selected, k, effect.get());
            case CORDON -> new CordonEdit(selected, true);
            case UNCORDON -> new CordonEdit(selected, false);
        };
    }

    private NodeEdit reject(String problemKey, String argument) {
        problemArgument.set(argument);
        problem.set(problemKey);
        return null;
    }

    private List<ClusterNode> nodes() {
        return state.snapshotProperty().get().nodes();
    }

    public ObservableList<String> selectedNodes() {
        return state.selectedNodes();
    }

    /** The label inventory (current also while the view is hidden: reading it catches up). */
    public ObservableList<LabelValueRow> labels() {
        updates.catchUp();
        return labels;
    }

    public ObservableList<TaintKeyRow> taints() {
        updates.catchUp();
        return taints;
    }

    /** True while the Labels view is on screen (the composition root binds it to the selected view). */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return updates.shownProperty();
    }

    public ObjectProperty<BulkOperation> operationProperty() {
        return operation;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty effectProperty() {
        return effect;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty problemArgumentProperty() {
        return problemArgument;
    }
}
